package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was added to the succession plan of a unit for a post, term and level. Never carries a national ID.
 *
 * @param firstTime Planned for the first time
 * @param young Under the age limit of the level on the first day of the term
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day of planning
 */
@EventType(value = "cadre.plan.entry_added.v1", schema = "schemas/cadre/plan.entry_added.v1.json")
public record PlanEntryAdded(
        String entryId,
        String cadreId,
        String term,
        String level,
        String unitCode,
        List<String> path,
        String positionKind,
        String positionGroup,
        boolean firstTime,
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
