package vn.party.membership.restructuring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.scope.Roles;

import java.util.function.Supplier;

@Path("/restructurings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Restructuring", description = "Sắp xếp tổ chức: move, merge, split and dissolve units, dated, with "
        + "their members; the tree and headcounts stay answerable as of any date")
public class RestructuringResource {

    @Inject
    RestructuringService restructuring;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Path("/move")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Move a unit under another parent", description = "Both places must lie in your subtree; "
            + "your own unit is moved by the committee above.")
    public Response move(@NotNull @Valid RestructuringApi.MoveRequest request,
                         @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return once(key, uri, request, () -> restructuring.move(request));
    }

    @POST
    @Path("/dissolve")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Dissolve a unit", description = "Dissolves the unit and every unit under it. 422 "
            + "restructuring.members-remain while members remain and no membersTo is given. Temporary attachments to "
            + "the dissolved units (sinh hoạt tạm thời) end on effectiveOn, each with its event; 409 "
            + "restructuring.transfers-under-way listing openTransfers while a letter of introduction is on its way "
            + "to them (the sending committee cancels or re-addresses it first), 409 "
            + "restructuring.attachments-begin-after listing openAttachments for one due to begin on or after the day. "
            + "The same holds for the units a merger or a split dissolves.")
    public Response dissolve(@NotNull @Valid RestructuringApi.DissolveRequest request,
                             @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return once(key, uri, request, () -> restructuring.dissolve(request));
    }

    @POST
    @Path("/merge")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Merge units into one", description = "The units under the merged ones move under the "
            + "target, their members transfer to it, and they are dissolved, all from effectiveOn.")
    public Response merge(@NotNull @Valid RestructuringApi.MergeRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return once(key, uri, request, () -> restructuring.merge(request));
    }

    @POST
    @Path("/split")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Split a unit", description = "Founds the parts and moves the named members and units to "
            + "them; the split unit is dissolved unless sourceRemains, and must then be empty.")
    public Response split(@NotNull @Valid RestructuringApi.SplitRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return once(key, uri, request, () -> restructuring.split(request));
    }

    private Response once(String key, UriInfo uri, Object request, Supplier<RestructuringApi.Result> action) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> Response.ok(action.get()).build());
    }
}
