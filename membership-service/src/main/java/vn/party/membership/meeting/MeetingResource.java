package vn.party.membership.meeting;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.scope.Roles;


@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Sinh hoạt chi bộ: regular (thường kỳ, monthly) and thematic (chuyên đề, at least "
        + "quarterly) cell meetings, attendance, cells that missed a meeting, attendance rates")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    MeetingReports reports;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record a cell meeting", description = "With attendance per person. The minutes' totals (official "
            + "headcount, full, probationary, temporarily attached, exempted, present, absent with and without reason) "
            + "are computed from the member directory on the day. 422 meeting.attendee-not-in-cell when a row names "
            + "anyone but an official member of the cell that day or a member temporarily attached to it; 422 "
            + "meeting.attendance-incomplete when an expected official member (not exempted, suspended or attending "
            + "elsewhere) has no row; 422 meeting.committee-member-of-cell when an attached member is flagged as a "
            + "committee member. One REGULAR meeting per cell and month: a second is a 409. Send Idempotency-Key to "
            + "make a retry safe.")
    public Response record(@NotNull @Valid MeetingApi.RecordRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            CellMeeting m = meetings.record(request);
            return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(m.version)).entity(meetings.view(m)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Read a meeting", description = "Its totals and who attended. 404 outside your subtree.")
    public Response get(@PathParam("id") String id) {
        CellMeeting m = meetings.get(QueryParams.pathId("meeting", id));
        return Response.ok(meetings.view(m)).header(HttpHeaders.ETAG, Versions.etag(m.version)).build();
    }

    @GET
    @Path("/compliance")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Regular meetings held in a month", description = "For each cell of a unit's subtree (yours "
            + "when absent) that existed in the month: whether it held its regular meeting, and its thematic meetings; "
            + "counts of cells that held and missed. Cells paged by code. No personal data.")
    public MeetingApi.Compliance compliance(
            @QueryParam("unit") String unit,
            @Parameter(required = true, description = "YYYY-MM, not after the current month", example = "2026-03")
            @QueryParam("month") String month,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return reports.compliance(QueryParams.text(unit), month, PageRequest.of(limit, after));
    }

    @GET
    @Path("/missed")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Cells that missed meetings in a period", description = "Cells of a unit's subtree (yours when "
            + "absent) that missed a regular meeting in a month, or held no thematic meeting in a calendar quarter, of the "
            + "period from..to (months, inclusive, at most 120). Only months and quarters that are over, lie wholly in "
            + "the period and in the cell's life count. Paged by cell code. No personal data.")
    public Page<MeetingApi.Missed> missed(
            @QueryParam("unit") String unit,
            @Parameter(required = true, description = "First month, YYYY-MM", example = "2026-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "Last month, YYYY-MM", example = "2026-06") @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return reports.missed(QueryParams.text(unit), from, to, PageRequest.of(limit, after));
    }

    @GET
    @Path("/attendance")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Attendance rates", description = "For a unit (yours when absent), rolled up its subtree, and for "
            + "each unit directly below it: meetings held in the period, present and absent, the members' attendance "
            + "rate and the committee members' rate. Counts only, no personal data.")
    public MeetingApi.Rates attendance(
            @QueryParam("unit") String unit,
            @Parameter(required = true, description = "First month, YYYY-MM", example = "2026-01") @QueryParam("from") String from,
            @Parameter(required = true, description = "Last month, YYYY-MM", example = "2026-12") @QueryParam("to") String to) {
        return reports.rates(QueryParams.text(unit), from, to);
    }
}
