package vn.party.contracts.cadre;

import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * A cadre profile was created or updated from the civil-service HR system. Never carries a national ID.
 *
 * @param created True when the sync created the profile
 * @param level The level of the unit (PROVINCE, INTERMEDIATE, BASE) the reports count by; absent in events published
 *              before it was carried
 * @param sex Sex of the cadre
 * @param ethnicMinority True for a cadre of an ethnic minority
 * @param effectiveDate The day of the sync
 */
@EventType(value = "cadre.profile.synced.v1", schema = "schemas/cadre/profile.synced.v1.json")
public record CadreProfileSynced(
        String cadreId,
        String memberId,
        String unitCode,
        List<String> path,
        String level,
        boolean created,
        String sex,
        String ageBand,
        boolean ethnicMinority,
        LocalDate effectiveDate) implements DomainEvent {

    /** As published before the events carried the level; {@code level} is absent (null) in those. */
    public CadreProfileSynced(String cadreId, String memberId, String unitCode, List<String> path, boolean created, String sex, String ageBand, boolean ethnicMinority, LocalDate effectiveDate) {
        this(cadreId, memberId, unitCode, path, null, created, sex, ageBand, ethnicMinority, effectiveDate);
    }

    @Override
    public String subject() {
        return cadreId;
    }
}
