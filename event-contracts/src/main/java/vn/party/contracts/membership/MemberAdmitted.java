package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee decided to admit (kết nạp) a candidate; the member is probationary from here.
 *
 * @param decidedByUnitCode the committee that decided
 * @param readmission       true when the person had left and is admitted again (once only)
 */
@EventType(value = "membership.member.admitted.v1", schema = "schemas/membership/member.admitted.v1.json")
public record MemberAdmitted(
        String memberId,
        String fullName,
        String unitCode,
        List<String> path,
        String decidedByUnitCode,
        boolean readmission,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
