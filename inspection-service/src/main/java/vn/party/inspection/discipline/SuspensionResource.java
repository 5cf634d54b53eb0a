package vn.party.inspection.discipline;

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

@Path("/suspensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suspensions", description = "Đình chỉ sinh hoạt đảng: temporary, with its end")
public class SuspensionResource {

    @Inject
    DisciplineService discipline;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Suspend a member's party activity", description = "For a stated period (endsOn: the first day back); "
            + "the member lies inside the body's subtree. 409 when it overlaps another suspension; 422 "
            + "unit.not-existing-on-date when the body's unit did not exist on startsOn. Publishes suspension.started; "
            + "the end is published when it comes (suspension.ended).")
    public Response suspend(@NotNull @Valid DisciplineApi.SuspensionRequest request,
                            @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            Suspension s = discipline.suspend(request);
            return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(s.version)).entity(discipline.view(s)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Suspensions decided by the bodies in your subtree", description = "Latest start first")
    public Page<DisciplineApi.SuspensionView> list(@QueryParam("memberId") String memberId, @QueryParam("limit") String limit,
                                                   @QueryParam("after") String after) {
        return discipline.suspensions(DisciplineResource.uuid("memberId", memberId), PageRequest.of(limit, after))
                .map(discipline::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a suspension")
    public Response get(@PathParam("id") String id) {
        Suspension s = discipline.getSuspension(QueryParams.pathId("suspension", id));
        return Response.ok(discipline.view(s)).header(HttpHeaders.ETAG, Versions.etag(s.version)).build();
    }

    @POST
    @Path("/{id}/end")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "End a suspension early", description = "422 suspension.end unless the day falls inside the period; "
            + "409 when it already ended. Publishes suspension.ended.")
    public Response end(@PathParam("id") String id, @NotNull @Valid DisciplineApi.EndRequest request) {
        Suspension s = discipline.endSuspension(QueryParams.pathId("suspension", id), request.on());
        return Response.ok(discipline.view(s)).header(HttpHeaders.ETAG, Versions.etag(s.version)).build();
    }
}
