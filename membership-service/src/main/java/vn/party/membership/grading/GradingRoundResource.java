package vn.party.membership.grading;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;


@Path("/grading-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grading", description = "Đánh giá, xếp loại chất lượng hằng năm: the grading round of a base organisation "
        + "(tổ chức cơ sở đảng), grades of its members (đảng viên) and organisations, closing under the cap on excellent "
        + "(hoàn thành xuất sắc nhiệm vụ), corrections as new versions, counts per grade")
public class GradingRoundResource {

    @Inject
    GradingService gradings;

    @Inject
    GradingReports reports;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Open a grading round", description = "One per base organisation (base committee or base cell) and "
            + "year: 409 on a second. It grades the official members of the base organisation's subtree on 31 December of "
            + "the year, and the base organisation with its cells. 422 grading.round-base-organisation for another kind of "
            + "unit, grading.year-not-begun for a future year.")
    public Response open(@NotNull @Valid GradingApi.OpenRoundRequest request,
                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            GradingRound r = gradings.open(request);
            return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(r.version)).entity(gradings.view(r)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Grading rounds of a year", description = "The rounds of the base organisations in a unit's "
            + "subtree (yours when absent), by unit code")
    public Page<GradingApi.Round> rounds(
            @Parameter(required = true, description = "The year graded", schema = @Schema(implementation = Integer.class))
            @QueryParam("year") String year,
            @QueryParam("unit") String unit, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return reports.rounds(QueryParams.text(unit), requiredYear(year), PageRequest.of(limit, after));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Read a grading round", description = "With how many members and organisations it grades, how many "
            + "are graded and the members' grades counted; the grades themselves are listed page by page under /grades.")
    public Response get(@PathParam("id") String id) {
        GradingRound r = gradings.get(QueryParams.pathId("grading round", id));
        return Response.ok(gradings.view(r)).header(HttpHeaders.ETAG, Versions.etag(r.version)).build();
    }

    @GET
    @Path("/{id}/grades")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Grades of a round", description = "The current grade of each subject: drafts while the round is "
            + "open, final after. Members by name, then organisations; paged.")
    public Page<GradingApi.GradeView> grades(@PathParam("id") String id,
                                             @Parameter(description = "MEMBER or ORGANISATION; both when absent")
                                             @QueryParam("subjectKind") String subjectKind,
                                             @QueryParam("limit") String limit, @QueryParam("after") String after) {
        SubjectKind kind = QueryParams.enumValue("subjectKind", subjectKind, SubjectKind.class);
        return reports.grades(QueryParams.pathId("grading round", id), kind, PageRequest.of(limit, after));
    }

    @PUT
    @Path("/{id}/members/{memberId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Enter a member's grade", description = "A draft while the round is open; entering it again replaces "
            + "it. After the round closed, a member left ungraded may still be graded: the grade is final at once, marked "
            + "late, published and audited, and held to the cap on excellent (422 grading.excellent-quota); 409 for a "
            + "member who already has a final grading (correct it instead). 422 grading.grade-scale or grading.score when "
            + "the year's scale refuses the grade or the score, grading.not-in-round for someone not an official member "
            + "of the subtree on 31 December, and (124-QĐ/TW art. 5.2) grading.excluded-exempted, "
            + "grading.excluded-suspended or grading.excluded-newly-admitted for a member exempted from party work or "
            + "suspended on 31 December, or admitted less than 6 months before it.")
    public GradingApi.GradeView gradeMember(@PathParam("id") String id, @PathParam("memberId") String memberId,
                                            @NotNull @Valid GradingApi.GradeRequest request) {
        Grading g = gradings.gradeMember(QueryParams.pathId("grading round", id), QueryParams.pathId("member", memberId), request);
        return gradings.view(g, null);
    }

    @PUT
    @Path("/{id}/members")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Enter the grades of many members", description = "Up to " + GradingApi.MAX_BULK_ROWS
            + " members of the round in one request (a whole base organisation), each row under the same rules as one "
            + "grade. All or nothing: when any row is refused nothing is entered and 422 grading.bulk-rows-refused lists "
            + "rows[] with index, memberId, rule (grading.not-in-round, grading.excluded-exempted, "
            + "grading.excluded-suspended, grading.excluded-newly-admitted, grading.grade-scale, grading.score, "
            + "grading.already-final, grading.in-another-round, grading.duplicate-row, grading.row-incomplete) and "
            + "detail. Entering a member again replaces the draft. 409 once the round is closed.")
    public GradingApi.BulkGradeResult gradeMembers(@PathParam("id") String id, @NotNull @Valid GradingApi.BulkGradeRequest request) {
        return gradings.gradeMembers(QueryParams.pathId("grading round", id), request);
    }

    @PUT
    @Path("/{id}/organisations/{unitCode}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Enter an organisation's grade", description = "For the base organisation itself or one of its "
            + "cells; a draft while the round is open. CLEAN_AND_STRONG is a grade of the years up to 2017.")
    public GradingApi.GradeView gradeOrganisation(@PathParam("id") String id, @PathParam("unitCode") String unitCode,
                                                  @NotNull @Valid GradingApi.GradeRequest request) {
        return gradings.view(gradings.gradeOrganisation(QueryParams.pathId("grading round", id), unitCode, request), null);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Close a grading round", description = "The grades become final and are published; members the "
            + "year's rules exclude (listed in excluded) do not count as ungraded, and a draft entered for one of them "
            + "before the exemption or suspension was recorded is discarded (audited), not made final. Refused with 422 "
            + "grading.excellent-quota while members graded excellent exceed 20% of those graded good; the problem gives "
            + "excellent, good, maximumExcellent and quotaPercent. 409 when already closed.")
    public Response close(@PathParam("id") String id, @Valid GradingApi.CloseRequest request) {
        GradingRound r = gradings.close(QueryParams.pathId("grading round", id), request);
        return Response.ok(gradings.view(r)).header(HttpHeaders.ETAG, Versions.etag(r.version)).build();
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
}
