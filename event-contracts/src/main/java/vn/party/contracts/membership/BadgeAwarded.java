package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A party badge (Huy hiệu Đảng) for a party-age milestone was awarded to a member.
 *
 * @param unitCode       the member's cell when the award was recorded
 * @param milestoneYears 30, 40, 45, ... 90 years of party age
 * @param effectiveDate  the presentation date (3 Feb, 19 May, 2 Sep or 7 Nov)
 */
@EventType(value = "membership.badge.awarded.v1", schema = "schemas/membership/badge.awarded.v1.json")
public record BadgeAwarded(
        String memberId,
        String unitCode,
        List<String> path,
        int milestoneYears,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
