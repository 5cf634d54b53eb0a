package vn.party.membership.member;

import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberRulesTest {

    @Test
    void aPersonWhoLeftIsReadmittedOnceButNotAfterExpulsionOrDeath() {
        assertThatCode(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.STRUCK_OFF, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.STRUCK_OFF, true))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.EXPELLED, false))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.FULL, null, false))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
    }

    @Test
    void aPersonExpelledIsReadmittedAfterThirtySixMonthsWithTheProvincesConsent() {
        LocalDate expelled = LocalDate.of(2021, 3, 1);
        assertThatCode(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.EXPELLED, false, expelled,
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.EXPELLED, false, expelled,
                LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 1)))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.EXPELLED, false, expelled,
                LocalDate.of(2024, 3, 1), null))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.EXPELLED, true, expelled,
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
        assertThatThrownBy(() -> MemberRules.checkReadmissionCandidacy(MemberStatus.LEFT, ExitKind.DECEASED, false, expelled,
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1)))
                .extracting("rule").isEqualTo(MemberRules.READMISSION);
        org.assertj.core.api.Assertions.assertThat(MemberRules.readmissionRuleOn(LocalDate.of(2025, 8, 1)).regulation())
                .isEqualTo("294-QĐ/TW");
    }

    @Test
    void aCandidateCannotBeExpelledOnlyTheirRecordClosedOnDeath() {
        assertThatThrownBy(() -> MemberRules.checkExit(MemberStatus.CANDIDATE, ExitKind.EXPELLED))
                .extracting("rule").isEqualTo(MemberRules.EXIT);
        assertThatCode(() -> MemberRules.checkExit(MemberStatus.CANDIDATE, ExitKind.DECEASED)).doesNotThrowAnyException();
        assertThatCode(() -> MemberRules.checkExit(MemberStatus.PROBATIONARY, ExitKind.STRUCK_OFF)).doesNotThrowAnyException();
    }

    @Test
    void aSuspensionHasItsEndDate() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> MemberRules.checkCondition(MemberStatus.FULL, MemberCondition.SUSPENDED, start, null))
                .extracting("rule").isEqualTo(MemberRules.CONDITION);
        assertThatCode(() -> MemberRules.checkCondition(MemberStatus.FULL, MemberCondition.SUSPENDED, start, start.plusMonths(3)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberRules.checkCondition(MemberStatus.CANDIDATE, MemberCondition.EXEMPTED, start, null))
                .extracting("rule").isEqualTo(MemberRules.CONDITION);
    }

    @Test
    void anExistingFullMemberIsRegisteredWithBothDates() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate born = LocalDate.of(1980, 1, 1);
        assertThatCode(() -> MemberRules.checkRegistration(MemberStatus.FULL, born, LocalDate.of(2005, 1, 1),
                LocalDate.of(2006, 1, 1), today)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberRules.checkRegistration(MemberStatus.FULL, born, LocalDate.of(2005, 1, 1), null, today))
                .extracting("rule").isEqualTo(MemberRules.REGISTRATION);
        assertThatThrownBy(() -> MemberRules.checkRegistration(MemberStatus.PROBATIONARY, born, LocalDate.of(1990, 1, 1), null, today))
                .extracting("rule").isEqualTo(MemberRules.REGISTRATION);
        assertThatThrownBy(() -> MemberRules.checkRegistration(MemberStatus.LEFT, born, null, null, today))
                .extracting("rule").isEqualTo(MemberRules.REGISTRATION);
    }

    @Test
    void aFullMemberFromPaperMayLackTheConfirmationDateButNotTheAdmissionDate() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate born = LocalDate.of(1950, 1, 1);
        assertThatCode(() -> MemberRules.checkRegistration(MemberStatus.FULL, born, LocalDate.of(1975, 5, 1), null, today, true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberRules.checkRegistration(MemberStatus.FULL, born, null, null, today, true))
                .extracting("rule").isEqualTo(MemberRules.REGISTRATION);
        assertThatThrownBy(() -> MemberRules.checkRegistration(MemberStatus.FULL, born, LocalDate.of(1975, 5, 1),
                LocalDate.of(1975, 1, 1), today, true)).extracting("rule").isEqualTo(MemberRules.REGISTRATION);
    }
}
