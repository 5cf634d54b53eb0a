package vn.party.reporting.tree;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Lịch sử tổ chức: a unit's dated history from its events, whatever order they came in. Each unit's own
 * facts give its states (name, kind, type, parent over stretches of days); paths follow from the parents'
 * paths of the same days, so a unit that moved stands under its old parent for old dates, and everything
 * below a moved unit moves with it from the move's date. Plain Java, so the rules are tested without a
 * database. Days are half-open: {@code from} inclusive, {@code until} exclusive, {@link #OPEN} for "still so".
 */
public final class UnitTimeline {

    public static final LocalDate OPEN = LocalDate.MAX;

    public enum Change { FOUNDED, RENAMED, MOVED, DISSOLVED, MERGED, SPLIT }

    /** One unit event as received. {@code path} is the unit's path as the event gave it (dot form). */
    public record Fact(UUID eventId, String unitCode, Change change, LocalDate effectiveDate, Instant eventTime,
                       String name, String kind, String organisationType, String parentCode, String path) {
    }

    /** A stretch of days over which the unit's own attributes stay the same. */
    public record State(String code, LocalDate from, LocalDate until, String name, String kind,
                        String organisationType, String parentCode, String givenPath) {
    }

    /** A stretch of days over which a unit stood at one path. */
    public record Span(String path, LocalDate from, LocalDate until) {
    }

    /** A row of report_unit_version. */
    public record Version(String code, String name, String kind, String organisationType, String parentCode,
                          String path, LocalDate from, LocalDate until) {
    }

    private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::effectiveDate)
            .thenComparing(Fact::eventTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.eventId().toString());

    /**
     * The unit's states from its facts. Nothing before its founding (a unit not yet known to be founded has
     * no states); a dissolution ends the last state; merges and splits change no attribute of their own
     * (their moves, foundings and dissolutions come as events of their own).
     */
    public static List<State> states(List<Fact> facts) {
        List<Fact> sorted = facts.stream().sorted(ORDER).toList();
        Fact founding = sorted.stream().filter(f -> f.change() == Change.FOUNDED).findFirst().orElse(null);
        if (founding == null) {
            return List.of();
        }
        List<State> states = new ArrayList<>();
        State current = new State(founding.unitCode(), founding.effectiveDate(), OPEN, founding.name(), founding.kind(),
                founding.organisationType(), founding.parentCode(), founding.path());
        for (Fact f : sorted) {
            if (f == founding || f.effectiveDate().isBefore(founding.effectiveDate())
                    || f.change() == Change.MERGED || f.change() == Change.SPLIT || f.change() == Change.FOUNDED) {
                continue;
            }
            if (f.change() == Change.DISSOLVED) {
                if (f.effectiveDate().isAfter(current.from())) {
                    states.add(withUntil(current, f.effectiveDate()));
                }
                current = null;
                break;
            }
            State next = switch (f.change()) {
                case RENAMED -> new State(current.code(), f.effectiveDate(), OPEN, f.name(), current.kind(),
                        current.organisationType(), current.parentCode(), f.path());
                case MOVED -> new State(current.code(), f.effectiveDate(), OPEN, current.name(), current.kind(),
                        current.organisationType(), f.parentCode(), f.path());
                default -> throw new IllegalStateException(f.change().name());
            };
            if (f.effectiveDate().equals(current.from())) {
                current = next; // the same day: the later event says how the day ends
            } else {
                states.add(withUntil(current, f.effectiveDate()));
                current = next;
            }
        }
        if (current != null) {
            states.add(current);
        }
        return states;
    }

    /**
     * Versions of every unit in {@code states} (a unit and everything ever below it). Parents outside that set
     * are known by their fixed spans in {@code outsideSpans}; days on which a unit's parent is not known to
     * exist keep the path the unit's own event gave.
     */
    public static List<Version> versions(Map<String, List<State>> states, Map<String, List<Span>> outsideSpans) {
        Map<String, List<Span>> memo = new HashMap<>();
        Map<String, List<Version>> byCode = new HashMap<>();
        for (String code : states.keySet()) {
            resolve(code, states, outsideSpans, memo, byCode, new HashSet<>());
        }
        List<Version> all = new ArrayList<>();
        byCode.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Version::code).thenComparing(Version::from));
        return all;
    }

    /** Spans of a unit from its versions, adjacent stretches at the same path joined. */
    public static List<Span> spans(List<Version> versions) {
        List<Span> spans = new ArrayList<>();
        versions.stream().sorted(Comparator.comparing(Version::from)).forEach(v -> {
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.path().equals(v.path()) && last.until().equals(v.from())) {
                spans.set(spans.size() - 1, new Span(last.path(), last.from(), v.until()));
            } else {
                spans.add(new Span(v.path(), v.from(), v.until()));
            }
        });
        return spans;
    }

    private static List<Span> resolve(String code, Map<String, List<State>> states, Map<String, List<Span>> outside,
                                      Map<String, List<Span>> memo, Map<String, List<Version>> byCode,
                                      Set<String> resolving) {
        List<Span> known = memo.get(code);
        if (known != null) {
            return known;
        }
        if (!resolving.add(code)) {
            return List.of(); // a cycle of moves (events of different dates seen half-way): fall back on given paths
        }
        List<Version> versions = new ArrayList<>();
        for (State s : states.getOrDefault(code, List.of())) {
            if (s.parentCode() == null) {
                versions.add(version(s, code, s.from(), s.until()));
                continue;
            }
            List<Span> parent = states.containsKey(s.parentCode())
                    ? resolve(s.parentCode(), states, outside, memo, byCode, resolving)
                    : outside.getOrDefault(s.parentCode(), List.of());
            LocalDate cursor = s.from();
            for (Span p : parent.stream().sorted(Comparator.comparing(Span::from)).toList()) {
                LocalDate from = max(cursor, p.from());
                LocalDate until = min(s.until(), p.until());
                if (!from.isBefore(until)) {
                    continue;
                }
                if (cursor.isBefore(from)) {
                    versions.add(version(s, s.givenPath(), cursor, from));
                }
                versions.add(version(s, p.path() + "." + code, from, until));
                cursor = until;
            }
            if (cursor.isBefore(s.until())) {
                versions.add(version(s, s.givenPath(), cursor, s.until()));
            }
        }
        List<Version> merged = merge(versions);
        byCode.put(code, merged);
        List<Span> spans = spans(merged);
        memo.put(code, spans);
        resolving.remove(code);
        return spans;
    }

    private static List<Version> merge(List<Version> versions) {
        List<Version> out = new ArrayList<>();
        for (Version v : versions.stream().sorted(Comparator.comparing(Version::from)).toList()) {
            Version last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.until().equals(v.from()) && sameAttributes(last, v)) {
                out.set(out.size() - 1, new Version(last.code(), last.name(), last.kind(), last.organisationType(),
                        last.parentCode(), last.path(), last.from(), v.until()));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean sameAttributes(Version a, Version b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.kind(), b.kind())
                && Objects.equals(a.organisationType(), b.organisationType())
                && Objects.equals(a.parentCode(), b.parentCode()) && Objects.equals(a.path(), b.path());
    }

    private static Version version(State s, String path, LocalDate from, LocalDate until) {
        return new Version(s.code(), s.name(), s.kind(), s.organisationType(), s.parentCode(), path, from, until);
    }

    private static State withUntil(State s, LocalDate until) {
        return new State(s.code(), s.from(), until, s.name(), s.kind(), s.organisationType(), s.parentCode(), s.givenPath());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private UnitTimeline() {
    }
}
