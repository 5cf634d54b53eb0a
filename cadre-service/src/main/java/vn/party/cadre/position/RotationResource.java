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

@Path("/rotations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rotations", description = "Luân chuyển cán bộ: up, down or across to a post of the receiving unit")
public class RotationResource {

    @Inject
    AppointmentService appointments;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Rotate a cadre", description = "Ends the holding left (the day before) and starts one in the "
            + "receiving unit's post; both units must lie in your subtree (404). 422 position.seats-filled, "
            + "appointment.two-consecutive-terms for a head, unit.not-existing-on-date when the receiving unit did not exist on "
            + "effectiveOn or the unit left did not exist the day before.")
    public Response rotate(@NotNull @Valid PositionApi.RotationRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            Rotation r = appointments.rotate(request);
            return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                    .entity(AppointmentService.view(r)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a rotation")
    public PositionApi.RotationView get(@PathParam("id") String id) {
        return AppointmentService.view(appointments.rotation(QueryParams.pathId("rotation", id)));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Rotations into a subtree", description = "By the receiving unit (yours when absent), optionally of "
            + "one year, oldest first.")
    public Page<PositionApi.RotationView> list(@QueryParam("unit") String unit, @QueryParam("year") String year,
                                               @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return appointments.rotations(QueryParams.text(unit), QueryParams.optionalInteger("year", year), PageRequest.of(limit, after));
    }
}
