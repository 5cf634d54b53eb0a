package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was enrolled in a training programme. Never carries a national ID.
 *
 * @param unitCode The unit that runs the programme
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
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
        String level,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public TrainingEnrolled(String enrolmentId, String programmeId, String programmeKind, int year, String cadreId, String unitCode, List<String> path, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(enrolmentId, programmeId, programmeKind, year, cadreId, unitCode, path, null, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
