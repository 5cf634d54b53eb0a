package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre was rotated up, down or across to a post of the receiving unit. Never carries a national ID.
 *
 * @param unitCode The receiving unit
 * @param positionKind The post in the receiving unit
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day the rotation takes effect
 */
@EventType(value = "cadre.rotation.rotated.v1", schema = "schemas/cadre/rotation.rotated.v1.json")
public record CadreRotated(
        String rotationId,
        String cadreId,
        String fromUnitCode,
        String unitCode,
        List<String> path,
        String level,
        String direction,
        String positionKind,
        LocalDate plannedUntil,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public CadreRotated(String rotationId, String cadreId, String fromUnitCode, String unitCode, List<String> path, String direction, String positionKind, LocalDate plannedUntil, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(rotationId, cadreId, fromUnitCode, unitCode, path, null, direction, positionKind, plannedUntil, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return cadreId;
    }
}
