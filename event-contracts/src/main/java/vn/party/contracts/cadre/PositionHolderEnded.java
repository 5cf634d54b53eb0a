package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre stopped holding a post. Never carries a national ID.
 *
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The last day of the holding
 */
@EventType(value = "cadre.position.holder_ended.v1", schema = "schemas/cadre/position.holder_ended.v1.json")
public record PositionHolderEnded(
        String holdingId,
        String positionId,
        String cadreId,
        String unitCode,
        List<String> path,
        String level,
        String positionKind,
        String positionGroup,
        String reason,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public PositionHolderEnded(String holdingId, String positionId, String cadreId, String unitCode, List<String> path, String positionKind, String positionGroup, String reason, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(holdingId, positionId, cadreId, unitCode, path, null, positionKind, positionGroup, reason, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return holdingId;
    }
}
