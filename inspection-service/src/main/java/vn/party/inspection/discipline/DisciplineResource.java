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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.idempotency.IdempotentRequests;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;

import java.util.UUID;

@Path("/discipline-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discipline", description = "Quyết định kỷ luật, appeals against them and corrections of their facts; decisions are never edited")
public class DisciplineResource {

    @Inject
    DisciplineService discipline;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Decide a discipline", description = "Judged by the regulation in force on the decision date. 422 naming "
            + "the rule for: a form the body's kind and level may not issue (discipline.form-not-allowed-for-level), a form "
            + "that is not the subject's (discipline.form-not-for-subject), a cell acting on another cell's member "
            + "(discipline.cell-disciplines-its-own-members), removal from post without a post (discipline.removal-needs-a-post; "
            + "holdsPost is taken from the request), anything but reprimand or warning for a probationary member "
            + "(discipline.probationary-member), a candidate or former member (discipline.not-a-member), a violation past its "
            + "limitation period (discipline.limitation-passed), a second decision for the same violation "
            + "(discipline.same-violation), the body's unit not existing on decidedOn or an organisation subject not existing "
            + "on decidedOn or effectiveOn (unit.not-existing-on-date: not founded yet or dissolved). Publishes discipline.decided.")
    public Response decide(@NotNull @Valid DisciplineApi.DecisionRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            DisciplineDecision d = discipline.decide(request);
            return Response.created(uri.getAbsolutePathBuilder().path(d.id.toString()).build()).entity(discipline.view(d)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Decisions of the bodies in your subtree", description = "Newest first, each with its appeals")
    public Page<DisciplineApi.View> list(@QueryParam("memberId") String memberId, @QueryParam("unitCode") String unitCode,
                                         @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return discipline.list(uuid("memberId", memberId), QueryParams.text(unitCode), PageRequest.of(limit, after))
                .map(discipline::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "A decision and its history", description = "The decision as made, every appeal outcome in order "
            + "with the form in force after them, and every correction of its facts with the violation as corrected")
    public DisciplineApi.View get(@PathParam("id") String id) {
        return discipline.view(discipline.get(QueryParams.pathId("discipline decision", id)));
    }

    @POST
    @Path("/{id}/appeals")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record an appeal and its outcome", description = "Lodged within the period the procedure regulation "
            + "sets (422 discipline.appeal-period-passed), heard by a body above the issuing one "
            + "(422 discipline.appeal-heard-above); UPHELD, REDUCED (to a lighter form), INCREASED (to a heavier one the "
            + "hearing body may issue) or ANNULLED (422 discipline.appeal-outcome otherwise); 422 unit.not-existing-on-date "
            + "when the hearing body's unit did not exist on decidedOn. A new record: the decision is never edited. "
            + "Publishes appeal.decided.")
    public Response appeal(@PathParam("id") String id, @NotNull @Valid DisciplineApi.AppealRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        UUID decisionId = QueryParams.pathId("discipline decision", id);
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            discipline.appeal(decisionId, request);
            return Response.status(Response.Status.CREATED).entity(discipline.view(discipline.get(decisionId))).build();
        });
    }

    @POST
    @Path("/{id}/corrections")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record a correction of the decision's facts", description = "The violation's wording and/or date, dated "
            + "(not before the decision) and with its reason; 400 when it changes nothing. The corrected date keeps the "
            + "decision lawful under the regulation that judged it (422 discipline.dates, "
            + "discipline.correction-past-limitation) and the corrected violation is not one another decision of the subject "
            + "judged (422 discipline.same-violation). A new record: the decision is never edited and its history shows the "
            + "correction. No event: reporting counts nothing a correction changes.")
    public Response correct(@PathParam("id") String id, @NotNull @Valid DisciplineApi.CorrectionRequest request,
                            @HeaderParam(IdempotentRequests.HEADER) String key, @Context UriInfo uri) {
        UUID decisionId = QueryParams.pathId("discipline decision", id);
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            discipline.correct(decisionId, request);
            return Response.status(Response.Status.CREATED).entity(discipline.view(discipline.get(decisionId))).build();
        });
    }

    static UUID uuid(String name, String value) {
        if (QueryParams.text(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "a UUID");
        }
    }
}
