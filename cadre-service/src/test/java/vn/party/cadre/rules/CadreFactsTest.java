package vn.party.cadre.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CadreFactsTest {

    @Test
    void ageBandsFollowTheYoungLimitsOfTheLevels() {
        LocalDate on = LocalDate.of(2026, 1, 1);
        assertThat(CadreFacts.ageBand(LocalDate.of(1991, 1, 2), on)).isEqualTo("UNDER_35");
        assertThat(CadreFacts.ageBand(LocalDate.of(1991, 1, 1), on)).isEqualTo("35_TO_39");
        assertThat(CadreFacts.ageBand(LocalDate.of(1981, 6, 1), on)).isEqualTo("40_TO_44");
        assertThat(CadreFacts.ageBand(LocalDate.of(1967, 1, 2), on)).isEqualTo("55_TO_59");
        assertThat(CadreFacts.ageBand(LocalDate.of(1966, 1, 1), on)).isEqualTo("60_AND_OVER");
    }

    @Test
    void everyEthnicityButKinhIsAMinority() {
        assertThat(CadreFacts.ethnicMinority("KINH")).isFalse();
        assertThat(CadreFacts.ethnicMinority("TAY")).isTrue();
    }
}
