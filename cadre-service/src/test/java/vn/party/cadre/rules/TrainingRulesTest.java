package vn.party.cadre.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesTest {

    private final TrainingRules rules = TrainingRules.defaults();
    private final LocalDate on = LocalDate.of(2026, 1, 1);

    @Test
    void aProvinceSecretaryNeedsAdvancedPoliticalTheory() {
        assertThat(rules.missing(PlanLevel.PROVINCE, PositionKind.SECRETARY, on, Set.of(ProgrammeKind.INTERMEDIATE_POLITICAL_THEORY)))
                .containsExactly(ProgrammeKind.ADVANCED_POLITICAL_THEORY);
        assertThat(rules.missing(PlanLevel.PROVINCE, PositionKind.SECRETARY, on, Set.of(ProgrammeKind.ADVANCED_POLITICAL_THEORY)))
                .isEmpty();
    }

    @Test
    void aHigherLevelOfTheSameTrackMeetsALowerRequirement() {
        assertThat(rules.missing(PlanLevel.BASE, PositionKind.VILLAGE_HEAD, on, Set.of(ProgrammeKind.INTERMEDIATE_POLITICAL_THEORY)))
                .isEmpty();
    }

    @Test
    void aCommuneChairNeedsStateManagementBesidePoliticalTheory() {
        assertThat(rules.missing(PlanLevel.BASE, PositionKind.PEOPLES_COMMITTEE_CHAIR, on,
                Set.of(ProgrammeKind.ADVANCED_POLITICAL_THEORY)))
                .containsExactly(ProgrammeKind.STATE_MANAGEMENT_SPECIALIST);
    }
}
