package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre began to hold a post of a unit (appointed, elected or rotated into it). Never carries a national ID.
 *
 * @param memberId The member record, when the cadre is a member
 * @param partyPost True for a post of the party tree, false for a concurrent post outside it
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day the holding began
 */
@EventType(value = "cadre.position.holder_appointed.v1", schema = "schemas/cadre/position.holder_appointed.v1.json")
public record PositionHolderAppointed(
        String holdingId,
        String positionId,
        String cadreId,
        String memberId,
        String unitCode,
        List<String> path,
        String level,
        String positionKind,
        String positionGroup,
        boolean partyPost,
        String method,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public PositionHolderAppointed(String holdingId, String positionId, String cadreId, String memberId, String unitCode, List<String> path, String positionKind, String positionGroup, boolean partyPost, String method, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(holdingId, positionId, cadreId, memberId, unitCode, path, null, positionKind, positionGroup, partyPost, method, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return holdingId;
    }
}
