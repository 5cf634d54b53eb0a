package vn.party.membership.transfer;

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


@Path("/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "Chuyển sinh hoạt đảng: permanent and temporary transfers between cells, "
        + "with the 60-working-day and 30-day limits tracked")
public class TransferResource {

    public enum Direction { IN, OUT }

    @Inject
    TransferService transfers;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Send a member to another cell or province", description = "To a cell here (toUnitCode): the "
            + "member stays in the sending cell's count until the receiving cell records the report. To another province "
            + "(destination): the member leaves this province's records on the letter's date. 409 while another transfer "
            + "of the member is under way.")
    public Response send(@NotNull @Valid TransferApi.SendRequest request,
                         @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            Transfer t = transfers.send(request);
            return Response.created(uri.getAbsolutePathBuilder().path(t.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(t.version)).entity(transfers.view(t)).build();
        });
    }

    @POST
    @Path("/incoming")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Receive a member from another province", description = "By the receiving cell's committee, "
            + "with the other province's letter. A new record, or a record that had transferred out and comes back "
            + "(found by national ID). 409 when the person has a live record here.")
    public Response receiveFromAnotherProvince(@NotNull @Valid TransferApi.IncomingRequest request,
                                               @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            Transfer t = transfers.receiveFromAnotherProvince(request);
            return Response.created(uri.getBaseUriBuilder().path("transfers").path(t.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(t.version)).entity(transfers.view(t)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Transfers into or out of your subtree", description = "Newest letter first")
    public Page<TransferApi.View> list(
            @Parameter(schema = @Schema(implementation = Direction.class), description = "IN (default) or OUT")
            @QueryParam("direction") String direction,
            @Parameter(schema = @Schema(implementation = TransferStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only those still SENT after the member's reporting deadline")
            @QueryParam("overdue") String overdue,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        Direction d = QueryParams.enumValue("direction", direction, Direction.class);
        boolean overdueOnly = QueryParams.flag("overdue", overdue);
        return transfers.views(transfers.list(d != Direction.OUT, QueryParams.enumValue("status", status, TransferStatus.class),
                overdueOnly, PageRequest.of(limit, after)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER})
    @Operation(summary = "Read a transfer", description = "Both the sending and the receiving side may read it")
    public Response get(@PathParam("id") String id) {
        return ok(transfers.get(QueryParams.pathId("transfer", id)));
    }

    @POST
    @Path("/{id}/receive")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Record that the member reported", description = "By the receiving side. Permanent: the official "
            + "cell changes that day. Temporary: the attachment begins and runs to its last day.")
    public Response receive(@PathParam("id") String id, @NotNull @Valid TransferApi.ReceiveRequest request) {
        return ok(transfers.receive(QueryParams.pathId("transfer", id), request));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "End a temporary transfer early")
    public Response returnHome(@PathParam("id") String id, @NotNull @Valid TransferApi.ReturnRequest request) {
        return ok(transfers.returnHome(QueryParams.pathId("transfer", id), request));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Cancel a letter not yet received", description = "By the sending side")
    public Response cancel(@PathParam("id") String id) {
        return ok(transfers.cancel(QueryParams.pathId("transfer", id)));
    }

    private Response ok(Transfer t) {
        return Response.ok(transfers.view(t)).header(HttpHeaders.ETAG, Versions.etag(t.version)).build();
    }
}
