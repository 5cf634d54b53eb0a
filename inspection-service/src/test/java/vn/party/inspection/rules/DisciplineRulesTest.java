package vn.party.inspection.rules;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.party.contracts.inspection.DisciplineForm.*;

class DisciplineRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 1);

    private static DisciplineRules.Proposal member(DisciplineForm form, BodyKind kind, BodyLevel level) {
        return new DisciplineRules.Proposal(SubjectKind.MEMBER, form, kind, level, MemberStatus.FULL, true, true,
                LocalDate.of(2025, 1, 1), DECIDED);
    }

    private static String refusal(DisciplineRules.Proposal p) {
        try {
            DisciplineRules.check(p);
            return null;
        } catch (RuleViolation v) {
            return v.rule();
        }
    }

    @Test
    void aCellMayReprimandOrWarnItsOwnMembersButNotExpel() {
        assertThat(refusal(member(REPRIMAND, BodyKind.CELL, BodyLevel.CELL))).isNull();
        assertThat(refusal(member(WARNING, BodyKind.CELL, BodyLevel.CELL))).isNull();
        assertThat(refusal(member(EXPULSION, BodyKind.CELL, BodyLevel.CELL))).isEqualTo(DisciplineRules.FORM_NOT_ALLOWED_FOR_LEVEL);
        assertThat(refusal(member(REMOVAL_FROM_POST, BodyKind.CELL, BodyLevel.CELL))).isEqualTo(DisciplineRules.FORM_NOT_ALLOWED_FOR_LEVEL);
    }

    @Test
    void aCellDisciplinesOnlyItsOwnMembers() {
        var p = new DisciplineRules.Proposal(SubjectKind.MEMBER, REPRIMAND, BodyKind.CELL, BodyLevel.CELL, MemberStatus.FULL,
                false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(p)).isEqualTo(DisciplineRules.CELL_OWN_MEMBERS);
    }

    @Test
    void expulsionNeedsAHigherBodyAndABaseInspectionCommissionOnlyReprimandsOrWarns() {
        assertThat(refusal(member(EXPULSION, BodyKind.COMMITTEE, BodyLevel.BASE))).isNull();
        assertThat(refusal(member(EXPULSION, BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE))).isNull();
        assertThat(refusal(member(EXPULSION, BodyKind.INSPECTION_COMMISSION, BodyLevel.BASE)))
                .isEqualTo(DisciplineRules.FORM_NOT_ALLOWED_FOR_LEVEL);
        assertThat(refusal(member(WARNING, BodyKind.INSPECTION_COMMISSION, BodyLevel.BASE))).isNull();
    }

    @Test
    void organisationsAreReprimandedWarnedOrDissolvedAndOnlyTheProvinceDissolves() {
        assertThat(DisciplineRules.formsFor(SubjectKind.ORGANISATION, null)).containsExactlyInAnyOrder(REPRIMAND, WARNING, DISSOLUTION);
        var dissolveAtDistrict = new DisciplineRules.Proposal(SubjectKind.ORGANISATION, DISSOLUTION, BodyKind.STANDING_BOARD,
                BodyLevel.INTERMEDIATE, null, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(dissolveAtDistrict)).isEqualTo(DisciplineRules.FORM_NOT_ALLOWED_FOR_LEVEL);
        var dissolveAtProvince = new DisciplineRules.Proposal(SubjectKind.ORGANISATION, DISSOLUTION, BodyKind.STANDING_BOARD,
                BodyLevel.PROVINCE, null, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(dissolveAtProvince)).isNull();
        var expelAnOrganisation = new DisciplineRules.Proposal(SubjectKind.ORGANISATION, EXPULSION, BodyKind.STANDING_BOARD,
                BodyLevel.PROVINCE, null, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(expelAnOrganisation)).isEqualTo(DisciplineRules.FORM_NOT_FOR_SUBJECT);
    }

    @Test
    void aProbationaryMemberIsOnlyReprimandedOrWarned() {
        var p = new DisciplineRules.Proposal(SubjectKind.MEMBER, EXPULSION, BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE,
                MemberStatus.PROBATIONARY, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(p)).isEqualTo(DisciplineRules.PROBATIONARY_MEMBER);
        var warning = new DisciplineRules.Proposal(SubjectKind.MEMBER, WARNING, BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE,
                MemberStatus.PROBATIONARY, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(warning)).isNull();
    }

    @Test
    void removalFromPostNeedsAPostAndCandidatesAreNotDisciplined() {
        var p = new DisciplineRules.Proposal(SubjectKind.MEMBER, REMOVAL_FROM_POST, BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE,
                MemberStatus.FULL, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(p)).isEqualTo(DisciplineRules.REMOVAL_WITHOUT_POST);
        var candidate = new DisciplineRules.Proposal(SubjectKind.MEMBER, REPRIMAND, BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE,
                MemberStatus.CANDIDATE, false, false, LocalDate.of(2025, 1, 1), DECIDED);
        assertThat(refusal(candidate)).isEqualTo(DisciplineRules.NOT_A_MEMBER);
    }

    @Test
    void limitationIsFiveYearsForReprimandTenForWarningAndNoneForExpulsion() {
        LocalDate violation = LocalDate.of(2019, 1, 10);
        var reprimandLate = new DisciplineRules.Proposal(SubjectKind.MEMBER, REPRIMAND, BodyKind.STANDING_BOARD,
                BodyLevel.INTERMEDIATE, MemberStatus.FULL, false, false, violation, LocalDate.of(2024, 1, 11));
        assertThatThrownBy(() -> DisciplineRules.check(reprimandLate)).isInstanceOf(RuleViolation.class)
                .extracting("rule").isEqualTo(DisciplineRules.LIMITATION_PASSED);
        var reprimandOnTheLastDay = new DisciplineRules.Proposal(SubjectKind.MEMBER, REPRIMAND, BodyKind.STANDING_BOARD,
                BodyLevel.INTERMEDIATE, MemberStatus.FULL, false, false, violation, LocalDate.of(2024, 1, 10));
        assertThat(refusal(reprimandOnTheLastDay)).isNull();
        var warning = new DisciplineRules.Proposal(SubjectKind.MEMBER, WARNING, BodyKind.STANDING_BOARD,
                BodyLevel.INTERMEDIATE, MemberStatus.FULL, false, false, violation, LocalDate.of(2024, 1, 11));
        assertThat(refusal(warning)).isNull();
        var expulsionDecadesLater = new DisciplineRules.Proposal(SubjectKind.MEMBER, EXPULSION, BodyKind.STANDING_BOARD,
                BodyLevel.INTERMEDIATE, MemberStatus.FULL, false, false, LocalDate.of(1990, 1, 1), DECIDED);
        assertThat(refusal(expulsionDecadesLater)).isNull();
    }

    @Test
    void warningAndRemovalLapseAfterTenYearsUnderEachRegulationInForce() {
        for (LocalDate decided : java.util.List.of(LocalDate.of(2018, 3, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2026, 3, 1))) {
            String regulation = DisciplineRules.inForce(decided).name();
            for (DisciplineForm form : java.util.List.of(WARNING, REMOVAL_FROM_POST)) {
                var late = new DisciplineRules.Proposal(SubjectKind.MEMBER, form, BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE,
                        MemberStatus.FULL, true, false, decided.minusYears(10).minusDays(1), decided);
                assertThatThrownBy(() -> DisciplineRules.check(late)).isInstanceOf(RuleViolation.class)
                        .hasMessageContaining("10 years").hasMessageContaining(regulation)
                        .extracting("rule").isEqualTo(DisciplineRules.LIMITATION_PASSED);
                var onTheLastDay = new DisciplineRules.Proposal(SubjectKind.MEMBER, form, BodyKind.STANDING_BOARD,
                        BodyLevel.INTERMEDIATE, MemberStatus.FULL, true, false, decided.minusYears(10), decided);
                assertThat(DisciplineRules.check(onTheLastDay).name()).isEqualTo(regulation);
            }
            var reprimandLate = new DisciplineRules.Proposal(SubjectKind.MEMBER, REPRIMAND, BodyKind.STANDING_BOARD,
                    BodyLevel.INTERMEDIATE, MemberStatus.FULL, false, false, decided.minusYears(5).minusDays(1), decided);
            assertThat(refusal(reprimandLate)).isEqualTo(DisciplineRules.LIMITATION_PASSED);
            var expulsionLongAfter = new DisciplineRules.Proposal(SubjectKind.MEMBER, EXPULSION, BodyKind.STANDING_BOARD,
                    BodyLevel.INTERMEDIATE, MemberStatus.FULL, false, false, decided.minusYears(40), decided);
            assertThat(refusal(expulsionLongAfter)).isNull();
            var organisationWarningLate = new DisciplineRules.Proposal(SubjectKind.ORGANISATION, WARNING, BodyKind.STANDING_BOARD,
                    BodyLevel.INTERMEDIATE, null, false, false, decided.minusYears(10).minusDays(1), decided);
            assertThat(refusal(organisationWarningLate)).isEqualTo(DisciplineRules.LIMITATION_PASSED);
        }
    }

    @Test
    void theRegulationInForceIsTheOneOfTheDecisionDate() {
        assertThat(DisciplineRules.inForce(LocalDate.of(2017, 12, 1)).name()).isEqualTo("102-QĐ/TW");
        assertThat(DisciplineRules.inForce(LocalDate.of(2022, 7, 5)).name()).isEqualTo("102-QĐ/TW");
        assertThat(DisciplineRules.inForce(LocalDate.of(2022, 7, 6)).name()).isEqualTo("69-QĐ/TW");
        assertThat(DisciplineRules.inForce(LocalDate.of(2025, 2, 14)).name()).isEqualTo("264-QĐ/TW");
        var judged = DisciplineRules.check(member(WARNING, BodyKind.COMMITTEE, BodyLevel.BASE));
        assertThat(judged.name()).isEqualTo("264-QĐ/TW");
    }

    @Test
    void aCorrectedViolationDateMustKeepTheDecisionWithinItsLimitation() {
        var regulation = DisciplineRules.inForce(LocalDate.of(2018, 3, 1));
        DisciplineRules.checkCorrectedViolationDate(regulation, SubjectKind.MEMBER, WARNING, LocalDate.of(2008, 3, 1),
                LocalDate.of(2018, 3, 1));
        assertThatThrownBy(() -> DisciplineRules.checkCorrectedViolationDate(regulation, SubjectKind.MEMBER, WARNING,
                LocalDate.of(2008, 2, 29), LocalDate.of(2018, 3, 1))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("102-QĐ/TW").extracting("rule").isEqualTo(DisciplineRules.CORRECTION_LIMITATION);
        assertThatThrownBy(() -> DisciplineRules.checkCorrectedViolationDate(regulation, SubjectKind.MEMBER, REPRIMAND,
                LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 1))).extracting("rule").isEqualTo(DisciplineRules.DATES);
        DisciplineRules.checkCorrectedViolationDate(regulation, SubjectKind.MEMBER, EXPULSION, LocalDate.of(1980, 1, 1),
                LocalDate.of(2018, 3, 1));
    }

    @Test
    void theViolationComesBeforeTheDecision() {
        var p = new DisciplineRules.Proposal(SubjectKind.MEMBER, WARNING, BodyKind.COMMITTEE, BodyLevel.BASE, MemberStatus.FULL,
                false, false, DECIDED.plusDays(1), DECIDED);
        assertThat(refusal(p)).isEqualTo(DisciplineRules.DATES);
    }
}
