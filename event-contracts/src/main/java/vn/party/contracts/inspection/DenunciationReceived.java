package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A denunciation or a complaint about a discipline decision was received and assigned to a body. Never the denouncer's identity. */
@EventType(value = "inspection.denunciation.received.v1", schema = "schemas/inspection/denunciation.received.v1.json")
public record DenunciationReceived(
        String denunciationId,
        DenunciationKind kind,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        SubjectKind subjectKind,
        LocalDate dueOn,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return denunciationId;
    }
}
