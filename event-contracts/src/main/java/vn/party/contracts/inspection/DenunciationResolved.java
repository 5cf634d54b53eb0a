package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A denunciation or complaint was resolved with its outcome. Never the denouncer's identity. */
@EventType(value = "inspection.denunciation.resolved.v1", schema = "schemas/inspection/denunciation.resolved.v1.json")
public record DenunciationResolved(
        String denunciationId,
        DenunciationKind kind,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        SubjectKind subjectKind,
        DenunciationOutcome outcome,
        boolean onTime,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return denunciationId;
    }
}
