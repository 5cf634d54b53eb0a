package vn.party.cadre.position;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

@Path("/accountability-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accountability", description = "Actions the committee took against heads who failed the duties of their post")
public class AccountabilityResource {

    @Inject
    AppointmentService appointments;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Record an accountability action", description = "REVIEW, SUSPENSION, RELIEVED_FROM_POST, "
            + "RESIGNATION or REASSIGNMENT, with the decision; the unit and the cadre must lie in your subtree (404). 422 "
            + "unit.not-existing-on-date when the unit did not exist on decidedOn.")
    public Response record(@NotNull @Valid PositionApi.AccountabilityRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            AccountabilityAction a = appointments.account(request);
            return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                    .entity(AppointmentService.view(a)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read an accountability action")
    public PositionApi.AccountabilityView get(@PathParam("id") String id) {
        return AppointmentService.view(appointments.action(QueryParams.pathId("accountability action", id)));
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Accountability actions counted", description = "Per kind, in a unit's subtree (yours when absent), "
            + "of one year or all years.")
    public PositionApi.AccountabilityCounts counts(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        return appointments.counts(QueryParams.text(unit), QueryParams.optionalInteger("year", year));
    }
}
