package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was enrolled in a training programme. Never carries a national ID.
 *
 * @param unitCode The unit that runs the programme
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day of enrolment
 */
@EventType(value = "cadre.training.enrolled.v1", schema = "schemas/cadre/training.enrolled.v1.json")
public record TrainingEnrolled(
        String enrolmentId,
        String programmeId,
        String programmeKind,
        int year,
        String cadreId,
        String unitCode,
        List<String> path,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return enrolmentId;
    }
}
