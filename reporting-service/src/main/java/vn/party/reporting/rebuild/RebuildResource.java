package vn.party.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.scope.ScopedData;

/** Operations: rebuild the read models from the topic. */
@Path("/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.PROVINCE_ADMIN)
public class RebuildResource {

    @Inject
    Rebuild rebuild;

    @Inject
    ScopedData scoped;

    @POST
    @Operation(summary = "Rebuild the read models from the topics", description = "Replays membership.events, "
            + "inspection.events and cadre.events from their first events into fresh tables and swaps them in at the end, without a gap: reports answer from the old "
            + "tables until then. 202 with the status to poll; 409 while a rebuild runs.")
    public Response start() {
        String actor = scoped.actor();
        scoped.subtreePath(); // 403 for a token that names no unit known here
        return rebuild.start(actor).map(s -> Response.accepted(s).build())
                .orElseThrow(() -> ProblemException.conflict("a rebuild is running"));
    }

    @GET
    @Operation(summary = "The last rebuild's status", description = "IDLE before any, RUNNING, DONE or FAILED, with "
            + "the number of events replayed.")
    public Rebuild.Status status() {
        return rebuild.status();
    }
}
