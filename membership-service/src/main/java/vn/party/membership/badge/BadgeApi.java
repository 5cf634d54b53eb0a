package vn.party.membership.badge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the badge endpoints read and write. */
public final class BadgeApi {

    @Schema(name = "RecordBadgeAward", description = "Trao Huy hiệu Đảng: a badge for a party-age milestone, presented on a "
            + "presentation day")
    public record AwardRequest(
            @NotNull @Schema(examples = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10") UUID memberId,
            @NotNull @Schema(description = "30, 40, 45, 50, ... 90", examples = "40") Integer milestoneYears,
            @NotNull @Schema(description = "3 February, 19 May, 2 September or 7 November", examples = "2026-09-02")
            LocalDate presentationDate,
            @Size(max = 64) @Schema(examples = "1520-QĐ/TU") String decisionNumber) {
    }

    @Schema(name = "BadgeAward")
    public record Award(UUID id, UUID memberId, String fullName, @Schema(description = "The member's cell when recorded") String unitCode,
                        int milestoneYears, LocalDate presentationDate, String decisionNumber, OffsetDateTime recordedAt,
                        String recordedBy) {
    }

    @Schema(name = "PeriodOutsideParty", description = "A period outside party life: after an exit until readmission, or out "
            + "of contact; until is absent while it lasts")
    public record Outside(LocalDate from, LocalDate until) {
    }

    @Schema(name = "PartyAge", description = "Tuổi đảng: from the first admission decision, minus the periods outside party life")
    public record PartyAgeView(
            UUID memberId,
            String fullName,
            @Schema(examples = "1996-05-19") LocalDate firstAdmittedOn,
            @Schema(examples = "2026-09-02") LocalDate asOf,
            @Schema(examples = "30") int years,
            int months,
            int days,
            @Schema(description = "Days of party life") long totalDays,
            List<Outside> outside,
            @Schema(description = "Milestones of the badges awarded") List<Integer> awardedMilestones,
            @Schema(description = "The badge due at the first presentation date on or after asOf, if any (counted to that date)")
            Integer dueMilestone,
            LocalDate duePresentationDate) {
    }

    @Schema(name = "BadgeDue", description = "A member due a badge on the presentation date")
    public record Due(UUID memberId, String fullName, String unitCode, LocalDate firstAdmittedOn,
                      @Schema(description = "Party age in whole years on the presentation date") int partyAgeYears,
                      @Schema(description = "The highest milestone reached and not yet awarded", examples = "30") int milestoneYears) {
    }

    private BadgeApi() {
    }
}
