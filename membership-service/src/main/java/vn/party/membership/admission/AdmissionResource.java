package vn.party.membership.admission;

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
import vn.party.backbone.scope.Roles;


@Path("/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admission", description = "Kết nạp đảng viên: decision, ceremony, probationary year, confirmation; targets")
public class AdmissionResource {

    @Inject
    AdmissionService admissions;

    @Inject
    AdmissionReports reports;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record an admission decision", description = "The candidate becomes probationary. "
            + "422 when a rule refuses: under 18 at the cell's vote, over 60 without the province, a deciding body not above the cell.")
    public Response decide(@NotNull @Valid AdmissionApi.DecideRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            Admission a = admissions.decide(request);
            return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(a.version)).entity(admissions.view(a)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Read an admission")
    public Response get(@PathParam("id") String id) {
        return ok(admissions.get(QueryParams.pathId("admission", id)));
    }

    @POST
    @Path("/{id}/ceremony")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record the admission ceremony", description = "Within 30 working days of the decision "
            + "(the holiday calendar counts); probation runs 12 months from it.")
    public Response ceremony(@PathParam("id") String id, @NotNull @Valid AdmissionApi.CeremonyRequest request) {
        return ok(admissions.recordCeremony(QueryParams.pathId("admission", id), request));
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Confirm as a full member", description = "Decided once probation is over; the member is full "
            + "from the end of probation even when decided late.")
    public Response confirm(@PathParam("id") String id, @NotNull @Valid AdmissionApi.ConfirmationRequest request) {
        return ok(admissions.confirm(QueryParams.pathId("admission", id), request));
    }

    @POST
    @Path("/{id}/striking-off")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Strike off instead of confirming")
    public Response strikeOff(@PathParam("id") String id, @NotNull @Valid AdmissionApi.StrikeOffRequest request) {
        return ok(admissions.strikeOff(QueryParams.pathId("admission", id), request));
    }

    @GET
    @Path("/due-for-confirmation")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Confirmations due soon", description = "Probationary members whose year ends within the next N days")
    public Page<AdmissionApi.Due> dueForConfirmation(
            @Parameter(description = "0 to 366, default 30", schema = @Schema(implementation = Integer.class))
            @QueryParam("withinDays") String withinDays,
            @QueryParam("unit") String unit, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        int days = withinDays == null || withinDays.isBlank() ? 30 : QueryParams.integer("withinDays", withinDays);
        return reports.dueForConfirmation(days, QueryParams.text(unit), PageRequest.of(limit, after));
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Overdue admissions", description = "Probation over without confirmation, and ceremonies past their deadline")
    public Page<AdmissionApi.Due> overdue(@QueryParam("unit") String unit, @QueryParam("limit") String limit,
                                          @QueryParam("after") String after) {
        return reports.overdue(QueryParams.text(unit), PageRequest.of(limit, after));
    }

    @PUT
    @Path("/targets/{unitCode}/{period}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Set a unit's admission target", description = "For a year (2026) or a term (2025-2030): the "
            + "unit's own target (setter OWN; the default for your own unit) or the one the committee above hands down to "
            + "it (SUPERIOR; the default for a unit below you). Each is kept; setting one leaves the other. The target "
            + "handed down to your own unit is set from above (422 admission.target-from-above).")
    public AdmissionApi.Progress setTarget(@PathParam("unitCode") String unitCode, @PathParam("period") String period,
                                           @NotNull @Valid AdmissionApi.TargetRequest request) {
        admissions.setTarget(unitCode, period, request.target(), request.setter());
        return reports.progress(unitCode, period);
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.VIEWER})
    @Operation(summary = "Admitted against target", description = "For a unit (yours when absent) and the units directly "
            + "below it: admissions decided in the period in each subtree, the unit's own target and the one handed down "
            + "to it, each with the percentage achieved (two decimals). Counts only, no personal data.")
    public AdmissionApi.Progress progress(@QueryParam("unit") String unit,
                                          @Parameter(required = true, examples = {}, description = "2026 or 2025-2030")
                                          @QueryParam("period") String period) {
        return reports.progress(QueryParams.text(unit), period);
    }

    private Response ok(Admission a) {
        return Response.ok(admissions.view(a)).header(HttpHeaders.ETAG, Versions.etag(a.version)).build();
    }
}
