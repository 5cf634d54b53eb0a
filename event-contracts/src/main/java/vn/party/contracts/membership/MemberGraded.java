package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's annual grading (đánh giá, xếp loại chất lượng đảng viên) became final: when the base organisation's
 * round was closed (version 1) or when a final grading was corrected (version 2, 3, ...). A consumer keeps the
 * highest version per member and year, so a correction replaces the earlier figure.
 *
 * @param unitCode the member's official cell on 31 December of the year graded
 * @param grade    EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED
 * @param score    points on the 100-point scale of 366-QĐ/TW (from the 2025 grading); null when not scored
 * @param version  1 for the grading the round closed with, higher for each correction
 */
@EventType(value = "membership.member.graded.v1", schema = "schemas/membership/member.graded.v1.json")
public record MemberGraded(
        String memberId,
        String unitCode,
        List<String> path,
        int year,
        String grade,
        Integer score,
        int version,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
