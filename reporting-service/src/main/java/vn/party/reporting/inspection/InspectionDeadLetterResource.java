package vn.party.reporting.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.inbox.DeadLetters;
import vn.party.backbone.scope.Roles;

/** Operations: the inspection.events events this service dead-lettered, handed back after a fix. */
@Path("/admin/inspection-dead-letters/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class InspectionDeadLetterResource {

    @Inject
    InspectionEventsConsumer consumer;

    @POST
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "Replay dead-lettered inspection.events events", description = "Every letter this service left in "
            + "inspection.events.dlq is processed again; processing is idempotent by event id, so nothing counts twice.")
    public DeadLetters.ReplayResult replay() {
        return consumer.replayDeadLetters();
    }
}
