package vn.party.inspection.body;

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
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

@Path("/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies", description = "Cấp ủy, ban thường vụ, ủy ban kiểm tra, chi bộ: the bodies that inspect, supervise and discipline")
public class BodyResource {

    @Inject
    BodyService bodies;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record a body of a unit in your subtree", description = "COMMITTEE, STANDING_BOARD or "
            + "INSPECTION_COMMISSION of a committee unit, CELL of a cell (422 body.kind-not-for-unit otherwise); its "
            + "level follows the unit's kind. 409 when the unit already has that body.")
    public Response create(@NotNull @Valid BodyApi.CreateRequest request, @HeaderParam(IdempotentRequests.HEADER) String key,
                           @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            Body b = bodies.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(b.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(b.version)).entity(bodies.view(b)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Bodies in your subtree", description = "By unit code, then kind")
    public Page<BodyApi.View> list(@Parameter(description = "Only this unit's bodies") @QueryParam("unitCode") String unitCode,
                                   @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return bodies.list(QueryParams.text(unitCode), PageRequest.of(limit, after)).map(bodies::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a body")
    public Response get(@PathParam("id") String id) {
        Body b = bodies.get(QueryParams.pathId("body", id));
        return Response.ok(bodies.view(b)).header(HttpHeaders.ETAG, Versions.etag(b.version)).build();
    }
}
