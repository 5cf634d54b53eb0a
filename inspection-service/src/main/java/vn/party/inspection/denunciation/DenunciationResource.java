package vn.party.inspection.denunciation;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.scope.Roles;

import java.util.UUID;

@Path("/denunciations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Denunciations", description = "Tố cáo and khiếu nại kỷ luật: received, assigned, handled within the rule's time, "
        + "resolved; the denouncer is shown only to the handling body's inspectors")
public class DenunciationResource {

    @Inject
    DenunciationService denunciations;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Receive a denunciation or a complaint", description = "Assigned to a body in your subtree; the subject "
            + "lies inside the body's subtree (404 otherwise). The due date follows the procedure regulation in force on receipt "
            + "and the body's level. 422 unit.not-existing-on-date when the body's unit, or an organisation denounced, did not "
            + "exist on receivedOn. Publishes denunciation.received, without the denouncer.")
    public Response receive(@NotNull @Valid DenunciationApi.ReceiveRequest request,
                            @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        // The replay store keeps the reference only (status and Location), never the view: it would hold the denouncer
        // for a week outside the denunciation's protection. Every answer, a replay too, reads the record afresh, so the
        // denouncer shows only to whom the view shows it now.
        Response answer = idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            Denunciation d = denunciations.receive(request);
            return Response.created(uri.getAbsolutePathBuilder().path(d.id.toString()).build()).build();
        });
        Denunciation d = denunciations.get(createdId(answer));
        return Response.fromResponse(answer).entity(denunciations.view(d)).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, null).header(HttpHeaders.ETAG, Versions.etag(d.version)).build();
    }

    private static UUID createdId(Response created) {
        String path = created.getLocation().getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Denunciations handled by the bodies in your subtree", description = "Latest received first")
    public Page<DenunciationApi.View> list(
            @Parameter(schema = @Schema(implementation = Denunciation.Status.class)) @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return denunciations.list(QueryParams.enumValue("status", status, Denunciation.Status.class), PageRequest.of(limit, after))
                .map(denunciations::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a denunciation")
    public Response get(@PathParam("id") String id) {
        return ok(denunciations.get(QueryParams.pathId("denunciation", id)));
    }

    @POST
    @Path("/{id}/assign")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Hand it to another body", description = "A body in your subtree that reaches the subject; 409 once resolved")
    public Response assign(@PathParam("id") String id, @NotNull @Valid DenunciationApi.AssignRequest request) {
        return ok(denunciations.assign(QueryParams.pathId("denunciation", id), request.bodyId()));
    }

    @POST
    @Path("/{id}/resolve")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record the outcome", description = "WELL_FOUNDED, PARTLY_FOUNDED or UNFOUNDED; 422 "
            + "unit.not-existing-on-date when the body's unit did not exist on that day; publishes denunciation.resolved with "
            + "whether it was on time")
    public Response resolve(@PathParam("id") String id, @NotNull @Valid DenunciationApi.ResolveRequest request) {
        return ok(denunciations.resolve(QueryParams.pathId("denunciation", id), request));
    }

    @POST
    @Path("/{id}/case")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Open a case from it", description = "An unplanned case of the handling body about the denounced "
            + "subject; 409 when one was opened already; 422 unit.not-existing-on-date as a case's decision")
    public Response openCase(@PathParam("id") String id, @NotNull @Valid DenunciationApi.OpenCaseRequest request) {
        return ok(denunciations.openCase(QueryParams.pathId("denunciation", id), request));
    }

    private Response ok(Denunciation d) {
        return Response.ok(denunciations.view(d)).header(HttpHeaders.ETAG, Versions.etag(d.version)).build();
    }
}
