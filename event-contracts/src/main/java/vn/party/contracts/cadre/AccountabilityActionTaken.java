package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * The committee took an accountability action against a head who failed the duties of the post. Never carries a national ID.
 *
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
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
        String level,
        String kind,
        String positionKind,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public AccountabilityActionTaken(String actionId, String cadreId, String unitCode, List<String> path, String kind, String positionKind, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(actionId, cadreId, unitCode, path, null, kind, positionKind, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return cadreId;
    }
}
