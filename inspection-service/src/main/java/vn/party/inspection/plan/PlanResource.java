package vn.party.inspection.plan;

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
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;

@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Chương trình kiểm tra, giám sát: a body's yearly plan and its progress")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Make a body's plan for a year", description = "One plan per body and year (409 for a second)")
    public Response create(@NotNull @Valid PlanApi.CreateRequest request, @HeaderParam(IdempotentRequests.HEADER) String key,
                           @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            InspectionPlan p = plans.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(p.version)).entity(plans.view(p)).build();
        });
    }

    @POST
    @Path("/{id}/items")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Add a line to a plan")
    public Response addItem(@PathParam("id") String id, @NotNull @Valid PlanApi.ItemRequest request) {
        InspectionPlan p = plans.addItem(QueryParams.pathId("plan", id), request);
        return Response.ok(plans.view(p)).header(HttpHeaders.ETAG, Versions.etag(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Plans of the bodies in your subtree", description = "Newest year first")
    public Page<PlanApi.View> list(@QueryParam("year") String year, @QueryParam("bodyId") String bodyId,
                                   @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return plans.list(QueryParams.optionalInteger("year", year), bodyId == null || bodyId.isBlank() ? null
                : uuid("bodyId", bodyId), PageRequest.of(limit, after)).map(plans::view);
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN, Roles.VIEWER})
    @Operation(summary = "Progress of every plan in a subtree", description = "Planned against done by activity and kind "
            + "for all bodies at or below the unit, and the cases run outside the plans. Counts only, no personal data.")
    public PlanApi.Progress subtreeProgress(@Parameter(required = true) @QueryParam("unitCode") String unitCode,
                                            @Parameter(required = true) @QueryParam("year") String year) {
        if (QueryParams.text(unitCode) == null) {
            throw ProblemException.invalid("unitCode", "required");
        }
        Integer y = QueryParams.optionalInteger("year", year);
        if (y == null || y < 1930 || y > 9999) {
            throw ProblemException.invalid("year", "required, a year from 1930");
        }
        return plans.progress(unitCode.trim(), y);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a plan")
    public Response get(@PathParam("id") String id) {
        InspectionPlan p = plans.get(QueryParams.pathId("plan", id));
        return Response.ok(plans.view(p)).header(HttpHeaders.ETAG, Versions.etag(p.version)).build();
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Progress of a plan", description = "Its items against its body's cases decided in the year")
    public PlanApi.Progress progress(@PathParam("id") String id) {
        return plans.progress(QueryParams.pathId("plan", id));
    }

    static java.util.UUID uuid(String name, String value) {
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "a UUID");
        }
    }
}
