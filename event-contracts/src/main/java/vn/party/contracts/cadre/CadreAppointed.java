package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was appointed to a post for the first time (nomination or competitive selection). Never carries a national ID.
 *
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
        String positionKind,
        String positionGroup,
        String method,
        String decisionNumber,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return cadreId;
    }
}
