package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A cell held a meeting (sinh hoạt chi bộ). Carries the minutes' totals, so reporting computes attendance
 * rates and missed months without calling the service; names no one.
 *
 * @param total               the cell's official headcount on the day (full and probationary)
 * @param attached            members of other cells temporarily attached to this one on the day
 * @param exempted            official members exempted from party work on the day
 * @param present             attendance rows marked present (official and attached members)
 * @param committeeTotal      attendance rows of the cell's committee members
 * @param committeePresent    of those, present
 * @param effectiveDate       the day the meeting was held
 */
@EventType(value = "membership.meeting.held.v1", schema = "schemas/membership/meeting.held.v1.json")
public record MeetingHeld(
        String meetingId,
        String unitCode,
        List<String> path,
        MeetingKind kind,
        int total,
        int full,
        int probationary,
        int attached,
        int exempted,
        int present,
        int absentWithReason,
        int absentWithoutReason,
        int committeeTotal,
        int committeePresent,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return meetingId;
    }
}
