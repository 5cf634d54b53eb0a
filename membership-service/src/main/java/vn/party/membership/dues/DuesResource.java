package vn.party.membership.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;

import java.util.Locale;
import java.util.UUID;

@Path("/dues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dues", description = "Đảng phí: members' dues profiles, monthly collection by the cell (thu đảng phí), arrears")
public class DuesResource {

    @Inject
    DuesService dues;

    @Inject
    DuesReports reports;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Path("/members/{memberId}/profile")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Read a member's dues profile", description = "The entry in force this month, this month's dues "
            + "under it, and every dated entry. 404 outside your subtree.")
    public DuesApi.Profile profile(@PathParam("memberId") String memberId) {
        return reports.profile(QueryParams.pathId("member", memberId));
    }

    @POST
    @Path("/members/{memberId}/profile")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Set a member's dues profile from a month", description = "Adds a dated entry: SALARIED pays 1% "
            + "of the social-insurance salary, PENSIONER 0.5% of the pension, STUDENT and OTHER_IN_WORK fixed amounts, by "
            + "the regulation in force each month (342-QĐ/TW, then 01-QĐ/TW from February 2026). Earlier entries are "
            + "kept; a second entry for the same month is a 409. 422 dues.base-required when a share has no base.")
    public DuesApi.Profile setProfile(@PathParam("memberId") String memberId,
                                      @NotNull @Valid DuesApi.ProfileRequest request) {
        UUID id = QueryParams.pathId("member", memberId);
        dues.setProfile(id, request);
        return reports.profile(id);
    }

    @POST
    @Path("/collections/{cellCode}/{month}/payments")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record a cell's dues payments for a month", description = "Many rows in one request, each a "
            + "member in the cell's official count for the month. Every row is checked first: rows at fault answer 400 "
            + "listing each (errors[].field such as payments[3].memberId) and nothing is recorded. One payment per member "
            + "and month: a month already paid is a 409 naming the members. Send Idempotency-Key to make a retry safe. "
            + "Answers the first page of the month's collection sheet.")
    public Response recordPayments(
            @Parameter(description = "A cell or base cell", example = "bn_xa_phu_chan_cb1")
            @PathParam("cellCode") String cellCode,
            @Parameter(description = "The month paid for, YYYY-MM; not after the current month", example = "2026-03")
            @PathParam("month") String month,
            @NotNull @Valid DuesApi.PaymentsRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            dues.recordPayments(cellCode, month, request);
            return Response.ok(reports.sheet(cellCode, month, PageRequest.of(null, null))).build();
        });
    }

    @GET
    @Path("/collections/{cellCode}/{month}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "A cell's collection sheet for a month", description = "Every member in the cell's official "
            + "count for the month (judged on its last day, or today while it runs) with the amount due under their "
            + "profile, paid and outstanding; payments from members who have since left the cell are shown with "
            + "inCell false; totals of the whole sheet. Members by name, paged by cursor (limit, after). 503 "
            + "report.time-limit when the report runs past its time limit.")
    public DuesApi.Sheet sheet(@PathParam("cellCode") String cellCode,
                               @Parameter(description = "YYYY-MM", example = "2026-03") @PathParam("month") String month,
                               @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return reports.sheet(cellCode, month, PageRequest.of(limit, after));
    }

    @GET
    @Path("/arrears")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Members with unpaid dues in a year", description = "Members of a unit's subtree (yours when "
            + "absent) with months unpaid from January up to December, or up to last month for the current year; "
            + "flagged at three unpaid months in the year, for the cell to consider striking off. A month counts only "
            + "while the member stood in the subtree's official count. By cell and name, paged by cursor. 503 "
            + "report.time-limit when the report runs past its time limit: ask for a smaller unit.")
    public Page<DuesApi.Arrears> arrears(
            @QueryParam("unit") String unit,
            @Parameter(required = true, description = "The calendar year", example = "2025",
                    schema = @Schema(implementation = Integer.class)) @QueryParam("year") String year,
            @Parameter(description = "true: only members flagged at three unpaid months or more",
                    schema = @Schema(implementation = Boolean.class)) @QueryParam("flagged") String flagged,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        if (year == null || year.isBlank()) {
            throw ProblemException.invalid("year", "required, e.g. 2025");
        }
        return reports.arrears(QueryParams.text(unit), QueryParams.integer("year", year), bool("flagged", flagged),
                PageRequest.of(limit, after));
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "true or false");
        };
    }
}
