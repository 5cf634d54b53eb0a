package vn.party.cadre.training;

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


@Path("/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Đào tạo, bồi dưỡng: programmes (political theory, state management, refresher), "
        + "enrolments and completions per year and unit, and who lacks the training the post requires")
public class TrainingResource {

    @Inject
    TrainingService training;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Path("/programmes")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Create a programme", description = "Run by a unit of your subtree; its year is that of its start. "
            + "422 unit.not-existing-on-date when the unit did not exist on startsOn.")
    public Response create(@NotNull @Valid TrainingApi.ProgrammeRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            TrainingProgramme p = training.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build()).entity(TrainingService.view(p)).build();
        });
    }

    @GET
    @Path("/programmes/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Read a programme")
    public TrainingApi.ProgrammeView get(@PathParam("id") String id) {
        return TrainingService.view(training.programme(QueryParams.pathId("programme", id)));
    }

    @POST
    @Path("/programmes/{id}/enrolments")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Enrol a cadre", description = "Once per programme and cadre (409 on a second); "
            + "422 unit.not-existing-on-date when the programme's unit did not exist on the day of enrolment.")
    public Response enrol(@PathParam("id") String id, @NotNull @Valid TrainingApi.EnrolRequest request,
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), request, () -> {
            Enrolment e = training.enrol(QueryParams.pathId("programme", id), request);
            return Response.created(uri.getBaseUriBuilder().path("training/enrolments").path(e.id.toString()).build())
                    .entity(TrainingService.view(e)).build();
        });
    }

    @POST
    @Path("/enrolments/{id}/completion")
    @Transactional
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER})
    @Operation(summary = "Record a completion", description = "With the date and the certificate; 409 when already "
            + "completed; 422 unit.not-existing-on-date when the programme's unit did not exist on completedOn.")
    public TrainingApi.EnrolmentView complete(@PathParam("id") String id, @NotNull @Valid TrainingApi.CompleteRequest request) {
        return TrainingService.view(training.complete(QueryParams.pathId("enrolment", id), request));
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Enrolments and completions of a year", description = "Per programme kind, in a unit's subtree "
            + "(yours when absent).")
    public TrainingApi.Figures figures(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        Integer y = QueryParams.optionalInteger("year", year);
        if (y == null) {
            throw ProblemException.invalid("year", "required, e.g. 2026");
        }
        return training.figures(QueryParams.text(unit), y);
    }

    @GET
    @Path("/gaps")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.ORGANISER, Roles.UNIT_ADMIN})
    @Operation(summary = "Who lacks the training the post requires", description = "Holders of posts in a unit's subtree "
            + "(yours when absent, or any unit of it; 404 outside) whose completed programmes (wherever they were run) "
            + "and levels held do not meet the post's standard, with what is missing. Paged by cursor, by unit and post.")
    public Page<TrainingApi.Gap> gaps(@QueryParam("unit") String unit, @QueryParam("limit") String limit,
                                      @QueryParam("after") String after) {
        return training.gaps(QueryParams.text(unit), PageRequest.of(limit, after));
    }
}
