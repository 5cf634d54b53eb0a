package vn.party.reporting.tree;

import org.junit.jupiter.api.Test;
import vn.party.reporting.tree.UnitTimeline.Change;
import vn.party.reporting.tree.UnitTimeline.Fact;
import vn.party.reporting.tree.UnitTimeline.State;
import vn.party.reporting.tree.UnitTimeline.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.reporting.tree.UnitTimeline.OPEN;

class UnitTimelineTest {

    private static final LocalDate D2010 = LocalDate.of(2010, 1, 1);
    private static final LocalDate D2015 = LocalDate.of(2015, 1, 1);
    private static final LocalDate D2025 = LocalDate.of(2025, 7, 1);

    private int clock;

    @Test
    void aRenameAndAMoveSplitTheUnitsHistoryAtTheirDates() {
        List<State> states = UnitTimeline.states(List.of(
                founded("x", "Xã A", "d1", "p.d1.x", D2010),
                renamed("x", "Xã A mới", "p.d1.x", D2015),
                moved("x", "p", "p.x", D2025)));
        assertThat(states).extracting(State::from, State::until, State::name, State::parentCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(D2010, D2015, "Xã A", "d1"),
                org.assertj.core.groups.Tuple.tuple(D2015, D2025, "Xã A mới", "d1"),
                org.assertj.core.groups.Tuple.tuple(D2025, OPEN, "Xã A mới", "p"));
    }

    @Test
    void aDissolvedUnitEndsOnItsDissolutionAndAnUnfoundedOneHasNoHistory() {
        List<State> states = UnitTimeline.states(List.of(founded("c", "Chi bộ", "x", "p.x.c", D2010),
                fact("c", Change.DISSOLVED, null, null, "p.x.c", D2015)));
        assertThat(states).singleElement().extracting(State::until).isEqualTo(D2015);
        assertThat(UnitTimeline.states(List.of(renamed("c", "n", "p.x.c", D2015)))).isEmpty();
    }

    @Test
    void everythingBelowAMovedUnitMovesWithItFromTheMoveOn() {
        List<Fact> facts = tree();
        List<Version> versions = versionsOf(facts);
        assertThat(pathOn(versions, "c1", LocalDate.of(2017, 6, 1))).isEqualTo("p.d1.x.c1");
        assertThat(pathOn(versions, "c1", LocalDate.of(2025, 7, 1))).isEqualTo("p.x.c1");
        assertThat(pathOn(versions, "x", LocalDate.of(2025, 6, 30))).isEqualTo("p.d1.x");
        assertThat(pathOn(versions, "d1", LocalDate.of(2025, 7, 1))).isNull();
    }

    @Test
    void theOrderEventsArriveInChangesNothing() {
        List<Version> expected = versionsOf(tree());
        for (long seed = 1; seed <= 20; seed++) {
            List<Fact> shuffled = new ArrayList<>(tree());
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(versionsOf(shuffled)).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void aUnitWhoseParentIsNotKnownYetKeepsThePathItsEventGave() {
        List<Version> versions = versionsOf(List.of(founded("c1", "Chi bộ 1", "x", "p.d1.x.c1", D2015)));
        assertThat(pathOn(versions, "c1", D2015)).isEqualTo("p.d1.x.c1");
    }

    @Test
    void aParentOutsideTheRecomputedPartIsReadFromItsSpans() {
        Map<String, List<State>> states = Map.of("c1", UnitTimeline.states(List.of(founded("c1", "Chi bộ 1", "x", "p.d1.x.c1", D2015))));
        Map<String, List<UnitTimeline.Span>> outside = Map.of("x", List.of(
                new UnitTimeline.Span("p.d1.x", D2010, D2025), new UnitTimeline.Span("p.x", D2025, OPEN)));
        List<Version> versions = UnitTimeline.versions(states, outside);
        assertThat(versions).extracting(Version::path, Version::from, Version::until).containsExactly(
                org.assertj.core.groups.Tuple.tuple("p.d1.x.c1", D2015, D2025),
                org.assertj.core.groups.Tuple.tuple("p.x.c1", D2025, OPEN));
    }

    /** A province, a district dissolved in 2025, a commune moved from it to the province, a cell in the commune. */
    private List<Fact> tree() {
        clock = 0;
        return List.of(
                founded("p", "Tỉnh", null, "p", D2010),
                founded("d1", "Huyện 1", "p", "p.d1", D2010),
                founded("x", "Xã A", "d1", "p.d1.x", D2010),
                founded("c1", "Chi bộ 1", "x", "p.d1.x.c1", D2015),
                renamed("x", "Xã A mới", "p.d1.x", LocalDate.of(2020, 1, 1)),
                moved("x", "p", "p.x", D2025),
                fact("d1", Change.DISSOLVED, null, null, "p.d1", D2025));
    }

    private static List<Version> versionsOf(List<Fact> facts) {
        Map<String, List<Fact>> byUnit = new HashMap<>();
        facts.forEach(f -> byUnit.computeIfAbsent(f.unitCode(), k -> new ArrayList<>()).add(f));
        Map<String, List<State>> states = new HashMap<>();
        byUnit.forEach((code, fs) -> states.put(code, UnitTimeline.states(fs)));
        return UnitTimeline.versions(states, Map.of());
    }

    private static String pathOn(List<Version> versions, String code, LocalDate day) {
        return versions.stream().filter(v -> v.code().equals(code) && !v.from().isAfter(day) && v.until().isAfter(day))
                .map(Version::path).findFirst().orElse(null);
    }

    private Fact founded(String code, String name, String parent, String path, LocalDate on) {
        return new Fact(UUID.nameUUIDFromBytes((code + "f").getBytes()), code, Change.FOUNDED, on, Instant.ofEpochSecond(clock++),
                name, "CELL", null, parent, path);
    }

    private Fact renamed(String code, String name, String path, LocalDate on) {
        return new Fact(UUID.nameUUIDFromBytes((code + "r" + on).getBytes()), code, Change.RENAMED, on,
                Instant.ofEpochSecond(clock++), name, null, null, null, path);
    }

    private Fact moved(String code, String parent, String path, LocalDate on) {
        return new Fact(UUID.nameUUIDFromBytes((code + "m" + on).getBytes()), code, Change.MOVED, on,
                Instant.ofEpochSecond(clock++), null, null, null, parent, path);
    }

    private Fact fact(String code, Change change, String name, String parent, String path, LocalDate on) {
        return new Fact(UUID.nameUUIDFromBytes((code + change + on).getBytes()), code, change, on,
                Instant.ofEpochSecond(clock++), name, null, null, parent, path);
    }
}
