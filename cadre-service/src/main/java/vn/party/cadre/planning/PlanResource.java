package vn.party.cadre.planning;

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
import vn.party.cadre.rules.PlanLevel;

import java.util.UUID;

@Path("/plan-entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Succession planning", description = "Quy hoạch cán bộ per term (2025-2030) and level: additions under the "
        + "rules, removals with a reason (automatic after a discipline of reprimand or above), and the plan figures")
public class PlanResource {

    @Inject
    PlanningService planning;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Add a cadre to a plan", description = "422 planning.working-years when the cadre retires before "
            + "the end of the term (two terms when planned the first time), planning.disciplined after a reprimand or above "
            + "within the rule's period, planning.candidates-per-position and planning.positions-per-cadre past the limits "
            + "(default 3 and 3), unit.not-existing-on-date when the unit did not exist on addedOn. 409 when already planned for "
            + "the post. The unit and the cadre must lie in your subtree.")
    public Response add(@NotNull @Valid PlanApi.AddRequest request,
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            PlanEntry e = planning.add(request);
            return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build()).entity(planning.view(e)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a plan entry")
    public PlanApi.EntryView get(@PathParam("id") String id) {
        return planning.view(planning.get(QueryParams.pathId("plan entry", id)));
    }

    @POST
    @Path("/{id}/removal")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Take a cadre out of a plan", description = "With the reason (and the decision); 409 when already out; "
            + "422 unit.not-existing-on-date when the plan's unit did not exist on removedOn.")
    public PlanApi.EntryView remove(@PathParam("id") String id, @NotNull @Valid PlanApi.RemoveRequest request) {
        return planning.view(planning.remove(QueryParams.pathId("plan entry", id), request));
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Plan entries of a subtree", description = "Of a unit's subtree (yours when absent), by term, level "
            + "and cadre; only those in the plan now unless includeRemoved=true.")
    public Page<PlanApi.EntryView> list(@QueryParam("term") String term, @QueryParam("level") String level,
                                        @QueryParam("unit") String unit, @QueryParam("cadreId") String cadreId,
                                        @QueryParam("includeRemoved") String includeRemoved,
                                        @QueryParam("limit") String limit, @QueryParam("after") String after) {
        UUID cadre = QueryParams.text(cadreId) == null ? null : QueryParams.pathId("cadre", cadreId);
        return planning.list(QueryParams.text(term), QueryParams.enumValue("level", level, PlanLevel.class), QueryParams.text(unit),
                cadre, QueryParams.flag("includeRemoved", includeRemoved), PageRequest.of(limit, after));
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Plan figures", description = "For a term in a unit's subtree (yours when absent), optionally one "
            + "level: additions and removals per level and group of posts, candidates per post, and the shares of young "
            + "cadres, women and ethnic minorities (counts, percent with two decimals) against their targets "
            + "(15% and 25% by default).")
    public PlanApi.Figures figures(@QueryParam("term") String term, @QueryParam("level") String level, @QueryParam("unit") String unit) {
        return planning.figures(QueryParams.text(term), QueryParams.enumValue("level", level, PlanLevel.class), QueryParams.text(unit));
    }
}
