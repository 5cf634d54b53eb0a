package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's admission target (chỉ tiêu kết nạp) for a year ({@code "2026"}) or a congress term
 * ({@code "2025-2030"}) was set or changed. A unit has up to two targets per period, one per {@code setter}: its
 * own, and the one the committee above it sets for it; setting one leaves the other as it is.
 *
 * @param setter OWN or SUPERIOR; events written before targets had a setter lack it and are read as SUPERIOR,
 *               since then only the committee above set a unit's target
 */
@EventType(value = "membership.admission_target.set.v1", schema = "schemas/membership/admission_target.set.v1.json")
public record AdmissionTargetSet(
        String unitCode,
        List<String> path,
        String period,
        int target,
        LocalDate effectiveDate,
        TargetSetter setter) implements DomainEvent {

    public AdmissionTargetSet {
        if (setter == null) {
            setter = TargetSetter.SUPERIOR;
        }
    }

    /** A target set by the committee above the unit, as every target was before units set their own. */
    public AdmissionTargetSet(String unitCode, List<String> path, String period, int target, LocalDate effectiveDate) {
        this(unitCode, path, period, target, effectiveDate, TargetSetter.SUPERIOR);
    }

    @Override
    public String subject() {
        return unitCode + ":" + period;
    }
}
