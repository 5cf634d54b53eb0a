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
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

import java.util.List;

@Path("/holdings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Bổ nhiệm, bổ nhiệm lại: holdings of posts, reappointment after 5 years, "
        + "the list of who is due, and the end of a holding")
public class HoldingResource {

    @Inject
    PositionService positions;

    @Inject
    AppointmentService appointments;

    @Inject
    IdempotentRequests idempotency;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a holding")
    public PositionApi.HolderView get(@PathParam("id") String id) {
        return positions.view(positions.holding(QueryParams.pathId("holding", id)));
    }

    @GET
    @Path("/{id}/appointments")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "The acts behind a holding", description = "The first appointment or election, each reappointment, "
            + "or the rotation, oldest first.")
    public List<PositionApi.AppointmentView> acts(@PathParam("id") String id) {
        return appointments.acts(QueryParams.pathId("holding", id));
    }

    @POST
    @Path("/{id}/reappointments")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Reappoint the holder for another term", description = "422 appointment.two-consecutive-terms when "
            + "a head has already headed the unit for two consecutive terms; appointment.not-an-appointment for an "
            + "elected post; unit.not-existing-on-date when the post's unit did not exist on effectiveOn; 409 when the holding ended.")
    public Response reappoint(@PathParam("id") String id, @NotNull @Valid PositionApi.ReappointRequest request,
                              @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            PositionHolding h = appointments.reappoint(QueryParams.pathId("holding", id), request);
            return Response.ok(positions.view(h)).build();
        });
    }

    @POST
    @Path("/{id}/end")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "End a holding", description = "With the last day held and the reason (retired, moved, relieved, "
            + "...). 409 when it already ended; 422 unit.not-existing-on-date when the post's unit did not exist on that day.")
    public PositionApi.HolderView end(@PathParam("id") String id, @NotNull @Valid PositionApi.EndRequest request) {
        return positions.view(appointments.end(QueryParams.pathId("holding", id), request));
    }

    @GET
    @Path("/reappointments-due")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Who is due for reappointment", description = "Appointed holders of a unit's subtree (yours when "
            + "absent) whose 5 years run out within the next N months (default 6; overdue ones too), soonest first.")
    public Page<PositionApi.DueView> due(@QueryParam("unit") String unit, @QueryParam("months") String months,
                                         @QueryParam("limit") String limit, @QueryParam("after") String after) {
        Integer m = QueryParams.optionalInteger("months", months);
        return appointments.due(QueryParams.text(unit), m == null ? 6 : m, PageRequest.of(limit, after));
    }
}
