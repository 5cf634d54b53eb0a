package vn.party.membership.labels;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.scope.Roles;

import java.util.Map;

@Path("/labels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labels", description = "Nhãn tiếng Việt của các mã: what the user interface shows for each code")
public class LabelsResource {

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Vietnamese labels of every code", description = "Keyed by enumeration (e.g. MemberStatus), "
            + "then by code (FULL → Đảng viên chính thức)")
    public Map<String, Map<String, String>> labels() {
        return VietnameseLabels.all();
    }
}
