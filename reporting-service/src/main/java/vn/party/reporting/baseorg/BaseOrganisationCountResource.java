package vn.party.reporting.baseorg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.scope.Roles;

@Path("/units/{code}/base-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Base organisations", description = "Tổ chức cơ sở đảng: counts by organisation type; chi bộ: counts by kind")
public class BaseOrganisationCountResource {

    @Inject
    BaseOrganisationCounts counts;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Base organisations below a unit, by type",
            description = "Counts the base committees and base cells that lie below the unit now, by organisation type "
                    + "(COMMUNE, WARD and TOWN apart; COMMUNE_WARD: recorded before they were told apart), and the cells "
                    + "below it by kind. 404 when the unit is unknown or outside your subtree.")
    public BaseOrganisationCounts.Count count(@PathParam("code") String code) {
        return counts.below(code);
    }
}
