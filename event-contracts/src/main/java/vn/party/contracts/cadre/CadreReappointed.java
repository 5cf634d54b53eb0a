package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was reappointed to the post held, for another term. Never carries a national ID.
 *
 * @param terms Terms in the post including this one
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day the reappointment takes effect
 */
@EventType(value = "cadre.appointment.reappointed.v1", schema = "schemas/cadre/appointment.reappointed.v1.json")
public record CadreReappointed(
        String appointmentId,
        String holdingId,
        String cadreId,
        String unitCode,
        List<String> path,
        String positionKind,
        String positionGroup,
        int terms,
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
