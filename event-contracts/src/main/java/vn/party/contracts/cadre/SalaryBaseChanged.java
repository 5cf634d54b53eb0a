package vn.party.contracts.cadre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

/**
 * The salary a member's dues are reckoned on changed in the civil-service HR system (source HR_SYSTEM); membership updates the dues profile from the effective date. Never carries a national ID.
 *
 * @param salaryBaseDong Monthly salary the social insurance is based on, in dong
 * @param source Always HR_SYSTEM
 * @param effectiveDate The day the salary applies from
 */
@EventType(value = "cadre.profile.salary_base_changed.v1", schema = "schemas/cadre/profile.salary_base_changed.v1.json")
public record SalaryBaseChanged(
        String memberId,
        String cadreId,
        String unitCode,
        List<String> path,
        long salaryBaseDong,
        String salaryGrade,
        BigDecimal salaryCoefficient,
        String source,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
