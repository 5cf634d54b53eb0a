package vn.party.membership.orgunit;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import vn.party.contracts.UnitKind;

@Path("/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "Tổ chức đảng: the tree from the province committee down to cells")
public class OrgUnitResource {

    @Inject
    OrgUnitService units;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Found a unit", description = "Creates a unit under a parent in your subtree. "
            + "Send Idempotency-Key to make a retry safe.")
    public Response found(@NotNull @Valid OrgUnitApi.FoundRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                          @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            OrgUnit unit = units.found(request);
            return Response.created(uri.getAbsolutePathBuilder().path(unit.code).build())
                    .header(HttpHeaders.ETAG, Versions.etag(unit.version))
                    .entity(OrgUnitApi.View.of(unit)).build();
        });
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Read a unit", description = "404 when it does not exist or lies outside your subtree. "
            + "With asOf, the unit as it stood on that date (404 when it did not exist then).")
    public Response get(@PathParam("code") String code,
                        @Parameter(description = "The unit as it stood on this date (yyyy-mm-dd); now when absent")
                        @QueryParam("asOf") String asOf) {
        java.time.LocalDate date = QueryParams.optionalDate("asOf", asOf);
        if (date != null) {
            return Response.ok(OrgUnitApi.VersionView.of(units.asOf(code, date))).build();
        }
        OrgUnit unit = units.get(code);
        return Response.ok(OrgUnitApi.View.of(unit)).header(HttpHeaders.ETAG, Versions.etag(unit.version)).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "List units", description = "Standing units of your subtree in tree order, paged by cursor")
    public Page<OrgUnitApi.View> list(
            @Parameter(description = "Only units at or below this unit") @QueryParam("under") String under,
            @Parameter(description = "Only units of this kind", schema = @Schema(implementation = UnitKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "1 to 500, default 50", schema = @Schema(implementation = Integer.class))
            @QueryParam("limit") String limit,
            @Parameter(description = "The 'next' cursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "true lists dissolved units too (default false)") @QueryParam("includeDissolved")
            String includeDissolved) {
        // plain strings, parsed here: a value Jakarta REST cannot convert would otherwise answer 404
        return units.list(under, QueryParams.enumValue("kind", kind, UnitKind.class),
                        QueryParams.flag("includeDissolved", includeDissolved), PageRequest.of(limit, after))
                .map(OrgUnitApi.View::of);
    }

    @GET
    @Path("/as-of")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "The tree on a past date", description = "Units as they stood on the date, in tree order, "
            + "within the subtree your unit had on that date")
    public Page<OrgUnitApi.VersionView> listAsOf(
            @Parameter(required = true, description = "yyyy-mm-dd", example = "2025-06-30") @QueryParam("date") String date,
            @Parameter(description = "Only units at or below this unit, as it stood then") @QueryParam("under") String under,
            @Parameter(schema = @Schema(implementation = UnitKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = Integer.class)) @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        java.time.LocalDate asOf = QueryParams.optionalDate("date", date);
        if (asOf == null) {
            throw vn.party.backbone.problem.ProblemException.invalid("date", "required, yyyy-mm-dd");
        }
        return units.listAsOf(under, QueryParams.enumValue("kind", kind, UnitKind.class), asOf, PageRequest.of(limit, after))
                .map(OrgUnitApi.VersionView::of);
    }

    @GET
    @Path("/{code}/cells-by-kind")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "Cells below a unit, by kind", description = "Chi bộ theo loại hình: the cells that stand below "
            + "the unit now (dissolved ones left out), per kind, and those founded without a kind. 404 when the unit is "
            + "unknown or outside your subtree. Counts only.")
    public OrgUnitApi.CellsByKind cellsByKind(@PathParam("code") String code) {
        return units.cellsByKind(code);
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
    @Operation(summary = "A unit through time", description = "Every name, parent and place the unit had, with dates")
    public java.util.List<OrgUnitApi.VersionView> history(@PathParam("code") String code) {
        return units.history(code).stream().map(OrgUnitApi.VersionView::of).toList();
    }

    @POST
    @Path("/{code}/rename")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN})
    @Operation(summary = "Rename a unit", description = "Needs If-Match with the ETag you read; 409 when it changed since")
    public Response rename(@PathParam("code") String code,
                           @NotNull @Valid OrgUnitApi.RenameRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        OrgUnit unit = units.rename(code, request, ifMatch);
        return Response.ok(OrgUnitApi.View.of(unit)).header(HttpHeaders.ETAG, Versions.etag(unit.version)).build();
    }
}
