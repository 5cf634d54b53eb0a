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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.time.VietnamTime;
import vn.party.cadre.rules.PositionKind;

import java.time.LocalDate;
import java.util.List;

@Path("/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "Chức vụ: the posts of each unit, party posts and the posts outside the party tree "
        + "held concurrently, who held them when, and appointments to them")
public class PositionResource {

    @Inject
    PositionService positions;

    @Inject
    AppointmentService appointments;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Add a post to a unit's catalogue", description = "One per unit and kind (409 on a second); seats "
            + "for posts several hold at once. 404 for a unit outside your subtree.")
    public Response create(@NotNull @Valid PositionApi.PositionRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            Position p = positions.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(p.version)).entity(positions.view(p)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Posts of a subtree", description = "Of a unit's subtree (yours when absent), optionally of one kind, "
            + "with their current holders. Paged by cursor.")
    public Page<PositionApi.PositionView> list(@QueryParam("unit") String unit, @QueryParam("kind") String kind,
                                               @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return positions.list(QueryParams.text(unit), QueryParams.enumValue("kind", kind, PositionKind.class),
                PageRequest.of(limit, after));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a post with its current holders")
    public PositionApi.PositionView get(@PathParam("id") String id) {
        return positions.view(positions.get(QueryParams.pathId("position", id)));
    }

    @GET
    @Path("/{id}/holders")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Holders of a post over time", description = "Oldest first, with dates, method and decision; only "
            + "the current ones unless includeEnded=true.")
    public List<PositionApi.HolderView> holders(@PathParam("id") String id, @QueryParam("includeEnded") String includeEnded) {
        Position p = positions.get(QueryParams.pathId("position", id));
        return positions.holders(p.id, QueryParams.flag("includeEnded", includeEnded)).stream().map(positions::view).toList();
    }

    @POST
    @Path("/{id}/holders")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Appoint or elect a holder", description = "NOMINATION or COMPETITIVE_SELECTION (bổ nhiệm) or "
            + "ELECTION. 422 appointment.working-years when a first appointment leaves fewer than 5 years before retirement, "
            + "appointment.two-consecutive-terms when a head would start a third consecutive term at the unit, "
            + "position.seats-filled, position.already-held, unit.not-existing-on-date when the post's unit was not founded yet "
            + "or was dissolved on effectiveOn.")
    public Response appoint(@PathParam("id") String id, @NotNull @Valid PositionApi.AppointRequest request,
                            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            PositionHolding h = appointments.appoint(QueryParams.pathId("position", id), request);
            return Response.created(uri.getBaseUriBuilder().path("holdings").path(h.id.toString()).build())
                    .entity(positions.view(h)).build();
        });
    }

    @GET
    @Path("/concurrent")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Concurrent posts report", description = "Kiêm nhiệm, nhất thể hóa: in a unit's subtree (yours when "
            + "absent), the units where one person holds both posts on the date (today when absent), against the units "
            + "that have the first post; e.g. first=SECRETARY&second=VILLAGE_HEAD.")
    public PositionApi.ConcurrentPostsReport concurrent(@QueryParam("unit") String unit, @QueryParam("first") String first,
                                                        @QueryParam("second") String second, @QueryParam("on") String on) {
        LocalDate date = QueryParams.optionalDate("on", on);
        return positions.concurrent(QueryParams.text(unit), QueryParams.enumValue("first", first, PositionKind.class),
                QueryParams.enumValue("second", second, PositionKind.class), date == null ? VietnamTime.today() : date);
    }
}
