package vn.party.membership.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;
import vn.party.membership.discipline.InspectionEventsConsumer;
import vn.party.membership.dues.HrSalaryBaseConsumer;

/**
 * Operations: the events membership gave up on (an expulsion of a member it does not know, a salary base that
 * clashes with the office's own entry) handed back from {@code <topic>.dlq} once the office has sorted out the cause.
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadLetterResource {

    @Inject
    InspectionEventsConsumer inspectionEvents;

    @Inject
    HrSalaryBaseConsumer cadreEvents;

    @POST
    @Path("/{topic}/replay")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Replay this service's dead letters of a topic", description = "Every letter this service "
            + "left in <topic>.dlq (inspection.events or cadre.events) and no earlier replay handed back is processed "
            + "again; processing is idempotent by event id, so nothing counts twice, and a letter that still fails is "
            + "dead-lettered again with its reason.")
    public DeadLetters.ReplayResult replay(@PathParam("topic") String topic) {
        return switch (topic) {
            case InspectionEventsConsumer.TOPIC -> inspectionEvents.replayDeadLetters();
            case HrSalaryBaseConsumer.TOPIC -> cadreEvents.replayDeadLetters();
            default -> throw ProblemException.notFound("consumed topic " + topic);
        };
    }
}
