package vn.party.inspection.casework;

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
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.CaseKind;
import vn.party.inspection.rules.CaseRules;

import java.util.List;
import java.util.UUID;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Cuộc kiểm tra, giám sát: decided → in progress → concluded → follow-up → closed "
        + "(422 case.transition for any other step)")
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Decide an inspection or a supervision", description = "By a body in your subtree, of organisations "
            + "and/or members inside the body's subtree (404 for any other, as if it did not exist). 422 unit.not-existing-on-date "
            + "when the body's unit or an organisation named was not founded yet or was dissolved on decidedOn. Publishes "
            + "case.decided.")
    public Response open(@NotNull @Valid CaseApi.OpenRequest request, @HeaderParam(IdempotentRequests.HEADER) String key,
                         @Context UriInfo uri) {
        return idempotency.once(key, "POST " + uri.getPath(), request, () -> {
            InspectionCase c = cases.open(request);
            return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                    .header(HttpHeaders.ETAG, Versions.etag(c.version)).entity(cases.view(c)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Cases of the bodies in your subtree", description = "Newest decision first")
    public Page<CaseApi.View> list(@QueryParam("bodyId") String bodyId,
                                   @Parameter(schema = @Schema(implementation = CaseRules.Status.class)) @QueryParam("status") String status,
                                   @Parameter(schema = @Schema(implementation = CaseKind.class)) @QueryParam("kind") String kind,
                                   @QueryParam("year") String year,
                                   @QueryParam("limit") String limit, @QueryParam("after") String after) {
        UUID body = null;
        if (QueryParams.text(bodyId) != null) {
            try {
                body = UUID.fromString(bodyId.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("bodyId", "a UUID");
            }
        }
        return cases.list(body, QueryParams.enumValue("status", status, CaseRules.Status.class),
                QueryParams.enumValue("kind", kind, CaseKind.class), QueryParams.optionalInteger("year", year),
                PageRequest.of(limit, after)).map(cases::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a case with its subjects, conclusion and follow-up")
    public Response get(@PathParam("id") String id) {
        return ok(cases.get(QueryParams.pathId("case", id)));
    }

    @POST
    @Path("/{id}/start")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "The case is under way", description = "From DECIDED. If-Match, when sent, must carry the ETag read. "
            + "422 unit.not-existing-on-date when the body's unit did not exist on that day")
    public Response start(@PathParam("id") String id, @NotNull @Valid CaseApi.DateRequest request,
                          @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.start(QueryParams.pathId("case", id), request.on(), ifMatch));
    }

    @POST
    @Path("/{id}/conclusion")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Conclude the case", description = "From IN_PROGRESS, with one finding per subject: violation found, "
            + "its nature, discipline to consider, corrections required. 422 unit.not-existing-on-date when the body's unit did not "
            + "exist on that day. Publishes case.concluded with the counts.")
    public Response conclude(@PathParam("id") String id, @NotNull @Valid CaseApi.ConcludeRequest request,
                             @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.conclude(QueryParams.pathId("case", id), request, ifMatch));
    }

    @POST
    @Path("/{id}/actions")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Add a follow-up action", description = "Once concluded; the case is in FOLLOW_UP from then on")
    public Response addAction(@PathParam("id") String id, @NotNull @Valid CaseApi.ActionRequest request) {
        UUID caseId = QueryParams.pathId("case", id);
        cases.addAction(caseId, request);
        return ok(cases.get(caseId));
    }

    @POST
    @Path("/{id}/actions/{actionId}/complete")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record that a follow-up action was done", description = "409 when it already was")
    public Response completeAction(@PathParam("id") String id, @PathParam("actionId") String actionId,
                                   @NotNull @Valid CaseApi.DateRequest request) {
        UUID caseId = QueryParams.pathId("case", id);
        cases.completeAction(caseId, QueryParams.pathId("follow-up action", actionId), request.on());
        return ok(cases.get(caseId));
    }

    @POST
    @Path("/{id}/close")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Close the case", description = "From CONCLUDED or FOLLOW_UP once every action is done "
            + "(422 case.open-follow-up-actions otherwise); 422 unit.not-existing-on-date when the body's unit did not exist on "
            + "that day. Publishes case.closed.")
    public Response close(@PathParam("id") String id, @NotNull @Valid CaseApi.DateRequest request,
                          @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.close(QueryParams.pathId("case", id), request.on(), ifMatch));
    }

    @GET
    @Path("/follow-up-actions/overdue")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.INSPECTOR, Roles.UNIT_ADMIN})
    @Operation(summary = "Overdue follow-up actions in your subtree", description = "Past their deadline on the day given "
            + "(default today) and not done; earliest deadline first. Each is also published once as follow_up.overdue.")
    public Page<CaseApi.ActionView> overdue(@QueryParam("on") String on, @QueryParam("limit") String limit,
                                            @QueryParam("after") String after) {
        java.time.LocalDate day = QueryParams.optionalDate("on", on);
        return cases.overdue(day == null ? VietnamTime.today() : day, PageRequest.of(limit, after));
    }

    private Response ok(InspectionCase c) {
        return Response.ok(cases.view(c)).header(HttpHeaders.ETAG, Versions.etag(c.version)).build();
    }
}
