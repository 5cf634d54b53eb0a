package vn.party.orgreplica;

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


/** Operations: send what a consumer dead-lettered back to its topic once the cause is fixed. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadLetterResource {

    @Inject
    MembershipEventsConsumer membershipEvents;

    @POST
    @Path("/{topic}/replay")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Replay this service's dead letters of a topic", description = "Every letter this service "
            + "left in <topic>.dlq and no earlier replay handed back is processed again; processing is idempotent, so "
            + "nothing counts twice, and a letter that still fails is dead-lettered again.")
    public DeadLetters.ReplayResult replay(@PathParam("topic") String topic) {
        if (!MembershipEventsConsumer.TOPIC.equals(topic)) {
            throw ProblemException.notFound("consumed topic " + topic);
        }
        return membershipEvents.replayDeadLetters();
    }
}
