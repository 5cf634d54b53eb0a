package vn.party.reporting.filed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

import java.net.URI;
import java.util.UUID;

/**
 * Filed reports of a unit: file the summary of a period, list and open what was filed, and see what has changed
 * since. A unit outside the caller's subtree, and a filed report of another unit, answer 404.
 */
@Path("/units/{code}/filed-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Filed reports", description = "Báo cáo đã nộp: figures as filed and as currently known")
public class FiledReportResource {

    @Inject
    FiledReports filed;

    @Inject
    IdempotentRequests idempotent;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "File the unit's report for a period", description = "Freezes the summary of the period (every "
            + "section, stock figures as of asOf, grading of gradingYear) as answered now, with who filed it and when. "
            + "A filed report is never changed; filing again makes another. 201 with the filed report. A dissolved unit "
            + "files for the periods it existed in; a period the unit did not exist in is refused (422, rule "
            + "filed-report.unit-not-in-period). Accepts Idempotency-Key.")
    public Response file(@PathParam("code") String code,
                         @Parameter(description = "Makes a retried filing file once") @HeaderParam(IdempotentRequests.HEADER) String key,
                         FiledReports.FileRequest request) {
        return idempotent.once(key, "POST /api/reporting/v1/units/" + code + "/filed-reports", request, () -> {
            FiledReports.Filed report = filed.file(code, request);
            return Response.created(URI.create("/api/reporting/v1/units/" + code + "/filed-reports/" + report.id()))
                    .entity(report).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Reports the unit filed", description = "Newest first, without their figures; cursor paging "
            + "(limit, default 50, at most 500; after).")
    public Page<FiledReports.Header> list(@PathParam("code") String code,
                                          @Parameter(description = "1 to 500, default 50") @QueryParam("limit") String limit,
                                          @Parameter(description = "The next cursor of the previous page") @QueryParam("after") String after) {
        return filed.list(code, PageRequest.of(limit, after));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "A filed report, exactly as filed", description = "The summary document as it was answered "
            + "when filed, with who filed it and when.")
    public FiledReports.Filed open(@PathParam("code") String code, @PathParam("id") String id) {
        return filed.open(code, uuid(id));
    }

    @GET
    @Path("/{id}/differences")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "What changed since filing", description = "The figures as now known for the same unit, "
            + "period, day and grading year, line by line against the filed ones: each line that differs, with both "
            + "values (null where a line exists on one side only). unchanged when none does.")
    public FiledReports.Differences differences(@PathParam("code") String code, @PathParam("id") String id) {
        return filed.differences(code, uuid(id));
    }

    private static UUID uuid(String id) {
        return QueryParams.pathId("filed report", id);
    }
}
