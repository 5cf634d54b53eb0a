package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * The committee took an accountability action against a head who failed the duties of the post. Never carries a national ID.
 *
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day of the decision
 */
@EventType(value = "cadre.accountability.action_taken.v1", schema = "schemas/cadre/accountability.action_taken.v1.json")
public record AccountabilityActionTaken(
        String actionId,
        String cadreId,
        String unitCode,
        List<String> path,
        String kind,
        String positionKind,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return cadreId;
    }
}
