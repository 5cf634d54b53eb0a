package vn.party.orgreplica;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UnitLifetimeTest {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 3, 1);
    private static final LocalDate DISSOLVED = LocalDate.of(2025, 7, 1);

    private final UnitLifetime standing = new UnitLifetime("cb_thon_1", FOUNDED, null);
    private final UnitLifetime dissolved = new UnitLifetime("cb_thon_2", FOUNDED, DISSOLVED);

    @Test
    void aUnitExistsFromItsFoundingDayUntilTheDayBeforeItsDissolution() {
        assertThat(standing.existedOn(FOUNDED.minusDays(1))).isFalse();
        assertThat(standing.existedOn(FOUNDED)).isTrue();
        assertThat(standing.existedOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(dissolved.existedOn(DISSOLVED.minusDays(1))).isTrue();
        assertThat(dissolved.existedOn(DISSOLVED)).isFalse();
    }

    @Test
    void anActDatedTheDayBeforeTheFoundingIsRefusedNamingTheUnitTheDateAndTheFounding() {
        RuleViolation refused = catchThrowableOfType(() -> standing.requireExistedOn(FOUNDED.minusDays(1), "decidedOn"),
                RuleViolation.class);
        assertThat(refused.rule()).isEqualTo("unit.not-existing-on-date");
        assertThat(refused.getMessage()).contains("unit cb_thon_1", "2020-02-29", "founded on 2020-03-01", "decidedOn");
        assertThat(refused.facts()).containsEntry("unitCode", "cb_thon_1").containsEntry("date", "2020-02-29")
                .containsEntry("foundedOn", "2020-03-01").containsEntry("field", "decidedOn").doesNotContainKey("dissolvedOn");
    }

    @Test
    void anActDatedOnTheDissolutionDayIsRefusedNamingTheWholeLifetime() {
        RuleViolation refused = catchThrowableOfType(() -> dissolved.requireExistedOn(DISSOLVED, "effectiveOn"), RuleViolation.class);
        assertThat(refused.getMessage()).contains("dissolved on 2025-07-01", "from 2020-03-01 to 2025-06-30");
        assertThat(refused.facts()).containsEntry("dissolvedOn", "2025-07-01").containsEntry("foundedOn", "2020-03-01");
    }

    @Test
    void anActOnTheFoundingDayOrTheLastDayIsAccepted() {
        dissolved.requireExistedOn(FOUNDED, "on");
        dissolved.requireExistedOn(DISSOLVED.minusDays(1), "on");
        assertThatThrownBy(() -> dissolved.requireExistedOn(DISSOLVED.plusYears(1), "on")).isInstanceOf(RuleViolation.class);
    }
}
