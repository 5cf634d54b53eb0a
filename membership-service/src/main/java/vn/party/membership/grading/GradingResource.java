package vn.party.membership.grading;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;


@Path("/gradings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grading", description = "Đánh giá, xếp loại chất lượng hằng năm: the grading round of a base organisation "
        + "(tổ chức cơ sở đảng), grades of its members (đảng viên) and organisations, closing under the cap on excellent "
        + "(hoàn thành xuất sắc nhiệm vụ), corrections as new versions, counts per grade")
public class GradingResource {

    @Inject
    GradingService gradings;

    @Inject
    GradingReports reports;

    @GET
    @Path("/members/{memberId}/{year}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "A member's grading of a year, with every version", description = "Newest first; the ETag is the "
            + "current version number, to send as If-Match with a correction.")
    public Response memberHistory(@PathParam("memberId") String memberId, @PathParam("year") String year) {
        GradingApi.History h = gradings.memberHistory(QueryParams.pathId("member", memberId), pathYear(year));
        return Response.ok(h).header(HttpHeaders.ETAG, Versions.etag(h.versions().get(0).version())).build();
    }

    @POST
    @Path("/members/{memberId}/{year}/corrections")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Correct a member's final grading", description = "A new version with its reason; the earlier one "
            + "is kept. Needs If-Match with the current version (428 without, 409 when stale). Published again with the "
            + "new version so that reports replace the earlier figure. Held to the round's cap on excellent like the "
            + "grades before the close: 422 grading.excellent-quota when the correction would pass it.")
    public Response correctMember(@PathParam("memberId") String memberId, @PathParam("year") String year,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid GradingApi.CorrectionRequest request) {
        Grading g = gradings.correctMember(QueryParams.pathId("member", memberId), pathYear(year), request, ifMatch);
        return Response.ok(gradings.view(g, null)).header(HttpHeaders.ETAG, Versions.etag(g.gradingVersion)).build();
    }

    @GET
    @Path("/organisations/{unitCode}/{year}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "An organisation's grading of a year, with every version", description = "Newest first; the ETag is "
            + "the current version number.")
    public Response organisationHistory(@PathParam("unitCode") String unitCode, @PathParam("year") String year) {
        GradingApi.History h = gradings.organisationHistory(unitCode, pathYear(year));
        return Response.ok(h).header(HttpHeaders.ETAG, Versions.etag(h.versions().get(0).version())).build();
    }

    @POST
    @Path("/organisations/{unitCode}/{year}/corrections")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Correct an organisation's final grading", description = "A new version with its reason; needs "
            + "If-Match with the current version.")
    public Response correctOrganisation(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @NotNull @Valid GradingApi.CorrectionRequest request) {
        Grading g = gradings.correctOrganisation(unitCode, pathYear(year), request, ifMatch);
        return Response.ok(gradings.view(g, null)).header(HttpHeaders.ETAG, Versions.etag(g.gradingVersion)).build();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Grades counted for a subtree", description = "Final gradings of the year (newest version of each) "
            + "of members and of organisations in a unit's subtree (yours when absent), per grade, with the rounds still "
            + "open. Counts only, no names.")
    public GradingApi.Summary summary(@QueryParam("unit") String unit,
                                      @Parameter(required = true, description = "The year graded", schema = @Schema(implementation = Integer.class))
                                      @QueryParam("year") String year) {
        return reports.summary(QueryParams.text(unit), requiredYear(year));
    }

    private static int requiredYear(String year) {
        if (year == null || year.isBlank()) {
            throw ProblemException.invalid("year", "required, e.g. 2025");
        }
        int y = QueryParams.integer("year", year);
        if (y < 1930 || y > 2100) {
            throw ProblemException.invalid("year", "between 1930 and 2100");
        }
        return y;
    }

    /** A year in the path that is not one is a grading that does not exist. */
    private static int pathYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("grading for " + year);
        }
    }
}
