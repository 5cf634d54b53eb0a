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

import java.util.Set;

/** Operations: send what a consumer dead-lettered back to its topic once the cause is fixed. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadLetterResource {

    private static final Set<String> CONSUMED_TOPICS = Set.of("membership.events");

    @Inject
    DeadLetters deadLetters;

    @POST
    @Path("/{topic}/replay")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Replay a dead-letter topic", description = "Every message of <topic>.dlq not replayed before "
            + "goes back to <topic>; consumers are idempotent, so nothing counts twice.")
    public DeadLetters.ReplayResult replay(@PathParam("topic") String topic) {
        if (!CONSUMED_TOPICS.contains(topic)) {
            throw ProblemException.notFound("consumed topic " + topic);
        }
        return deadLetters.replay(topic);
    }
}
