package vn.party.cadre.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

@Path("/cadres/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cadre profiles")
public class CadreHistoryResource {

    @Inject
    CadreHistory history;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "A cadre's history", description = "Quá trình công tác in the party: posts held and left, "
            + "appointments, reappointments and rotations, plan entries added and removed, training enrolments and "
            + "completions, accountability actions, oldest first (same day: a post taken first, left last). {id} is the "
            + "profile's id; 404 for a cadre outside your subtree. Paged by cursor (limit, default 50, at most 500; after).")
    public Page<ProfileApi.HistoryEntry> history(@PathParam("id") String id, @QueryParam("limit") String limit,
                                                 @QueryParam("after") String after) {
        return history.of(QueryParams.pathId("cadre", id), PageRequest.of(limit, after));
    }
}
