package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was taken out of a succession plan, with the reason. Never carries a national ID.
 *
 * @param automatic True when a discipline decision took the cadre out
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day of removal
 */
@EventType(value = "cadre.plan.entry_removed.v1", schema = "schemas/cadre/plan.entry_removed.v1.json")
public record PlanEntryRemoved(
        String entryId,
        String cadreId,
        String term,
        String level,
        String unitCode,
        List<String> path,
        String positionKind,
        String positionGroup,
        String reason,
        boolean automatic,
        boolean young,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return entryId;
    }
}
