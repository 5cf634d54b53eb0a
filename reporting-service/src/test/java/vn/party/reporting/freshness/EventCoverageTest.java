package vn.party.reporting.freshness;

import org.junit.jupiter.api.Test;
import vn.party.contracts.EventCatalog;
import vn.party.contracts.cadre.AccountabilityActionTaken;
import vn.party.contracts.cadre.CadreProfileSynced;

import static org.assertj.core.api.Assertions.assertThat;

/** Every published event type is either projected by a named read model or ignored with a reason. */
class EventCoverageTest {

    @Test
    void everyEventTypeOfTheContractsIsProjectedOrIgnoredWithAReason() {
        assertThat(EventCatalog.ALL).allSatisfy(type -> {
            assertThat(EventCoverage.of(type)).as(type.getSimpleName() + " is listed in EventCoverage").isPresent();
            EventCoverage.Coverage c = EventCoverage.of(type).orElseThrow();
            if (c.ignored()) {
                assertThat(c.reason()).as(type.getSimpleName() + " is ignored for a reason").isNotBlank();
            }
        });
        assertThat(EventCoverage.EVENTS.keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL);
    }

    @Test
    void cadreProfilesAndAccountabilityActionsCountInTheFigures() {
        assertThat(EventCoverage.isIgnored(CadreProfileSynced.class)).isFalse();
        assertThat(EventCoverage.isIgnored(AccountabilityActionTaken.class)).isFalse();
    }
}
