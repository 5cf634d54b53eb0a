package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A member's recorded name changed. Other record fields are personal data and are not published. */
@EventType(value = "membership.member.renamed.v1", schema = "schemas/membership/member.renamed.v1.json")
public record MemberRenamed(
        String memberId,
        String fullName,
        String unitCode,
        List<String> path,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
