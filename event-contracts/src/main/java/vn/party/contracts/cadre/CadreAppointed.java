package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was appointed to a post for the first time (nomination or competitive selection). Never carries a national ID.
 *
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day the appointment takes effect
 */
@EventType(value = "cadre.appointment.appointed.v1", schema = "schemas/cadre/appointment.appointed.v1.json")
public record CadreAppointed(
        String appointmentId,
        String holdingId,
        String cadreId,
        String unitCode,
        List<String> path,
        String level,
        String positionKind,
        String positionGroup,
        String method,
        String decisionNumber,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public CadreAppointed(String appointmentId, String holdingId, String cadreId, String unitCode, List<String> path, String positionKind, String positionGroup, String method, String decisionNumber, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(appointmentId, holdingId, cadreId, unitCode, path, null, positionKind, positionGroup, method, decisionNumber, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return cadreId;
    }
}
