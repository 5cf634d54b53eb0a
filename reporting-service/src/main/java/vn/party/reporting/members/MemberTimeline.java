package vn.party.reporting.members;

import vn.party.contracts.membership.MemberStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's dated status and official cell (sinh hoạt chính thức), from the member's events whatever order
 * they came in: the stretches of days over which both stayed the same. What the events say:
 * <ul>
 *   <li>registered: probationary from the admission date and full from the confirmation date (a member
 *       entered from paper has both), a candidate from the registration; in the cell from its effective date;</li>
 *   <li>admitted: probationary from the decision; confirmed: full from the end of probation, even when decided
 *       late (Điều lệ Đảng, art. 5);</li>
 *   <li>status changed: an exit or a return to candidacy, in the cell it names;</li>
 *   <li>transferred: the official cell changes; transferred in: in the cell with its status from the report
 *       date; transferred out: out of this province's count from the letter's date.</li>
 * </ul>
 * Temporarily attached members keep counting in their home cell: attachments do not change the official
 * cell. Days are half-open, {@link #OPEN} for "still so".
 */
public final class MemberTimeline {

    public static final LocalDate OPEN = LocalDate.MAX;

    public enum Kind { REGISTERED, ADMITTED, CONFIRMED, STATUS_CHANGED, TRANSFERRED, TRANSFERRED_IN, TRANSFERRED_OUT }

    public record Fact(UUID eventId, String memberId, Kind kind, LocalDate effectiveDate, Instant eventTime,
                       MemberStatus status, String unitCode, LocalDate admittedOn, LocalDate confirmedOn) {
    }

    /** A stretch of days with one status in one official cell. */
    public record Period(LocalDate from, LocalDate until, MemberStatus status, String unitCode) {
    }

    private record Point(LocalDate on, Fact source, int order, MemberStatus status, String unitCode) {
    }

    private static final Comparator<Point> ORDER = Comparator.comparing(Point::on)
            .thenComparing(p -> p.source().eventTime(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(p -> p.source().eventId().toString())
            .thenComparingInt(Point::order);

    public static List<Period> periods(List<Fact> facts) {
        List<Point> points = new ArrayList<>();
        for (Fact f : facts) {
            switch (f.kind()) {
                case REGISTERED -> {
                    if (f.status() == MemberStatus.FULL || f.status() == MemberStatus.PROBATIONARY) {
                        if (f.admittedOn() != null) {
                            points.add(new Point(f.admittedOn(), f, 0, MemberStatus.PROBATIONARY, null));
                        }
                        if (f.status() == MemberStatus.FULL) {
                            points.add(new Point(f.confirmedOn() != null ? f.confirmedOn() : f.effectiveDate(), f, 1,
                                    MemberStatus.FULL, null));
                        } else if (f.admittedOn() == null) {
                            points.add(new Point(f.effectiveDate(), f, 1, MemberStatus.PROBATIONARY, null));
                        }
                    } else {
                        points.add(new Point(f.effectiveDate(), f, 1, f.status(), null));
                    }
                    points.add(new Point(f.effectiveDate(), f, 2, null, f.unitCode()));
                }
                case ADMITTED -> points.add(new Point(f.effectiveDate(), f, 0, MemberStatus.PROBATIONARY, f.unitCode()));
                case CONFIRMED -> points.add(new Point(f.effectiveDate(), f, 0, MemberStatus.FULL, null));
                case STATUS_CHANGED -> points.add(new Point(f.effectiveDate(), f, 0, f.status(),
                        f.status() == MemberStatus.LEFT ? null : f.unitCode()));
                case TRANSFERRED -> points.add(new Point(f.effectiveDate(), f, 0, null, f.unitCode()));
                case TRANSFERRED_IN -> points.add(new Point(f.effectiveDate(), f, 0, f.status(), f.unitCode()));
                case TRANSFERRED_OUT -> points.add(new Point(f.effectiveDate(), f, 0, MemberStatus.LEFT, null));
            }
        }
        points.sort(ORDER);
        List<Period> periods = new ArrayList<>();
        MemberStatus status = null;
        String unit = null;
        LocalDate since = null;
        for (Point p : points) {
            MemberStatus newStatus = p.status() != null ? p.status() : status;
            String newUnit = p.unitCode() != null ? p.unitCode() : unit;
            if (since != null && (!Objects.equals(newStatus, status) || !Objects.equals(newUnit, unit))
                    && p.on().isAfter(since)) {
                add(periods, since, p.on(), status, unit);
                since = p.on();
            }
            if (since == null) {
                since = p.on();
            }
            status = newStatus;
            unit = newUnit;
        }
        if (since != null) {
            add(periods, since, OPEN, status, unit);
        }
        return periods;
    }

    private static void add(List<Period> periods, LocalDate from, LocalDate until, MemberStatus status, String unit) {
        if (status == null || unit == null || !until.isAfter(from)) {
            return;
        }
        Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && last.until().equals(from) && last.status() == status && last.unitCode().equals(unit)) {
            periods.set(periods.size() - 1, new Period(last.from(), until, status, unit));
        } else {
            periods.add(new Period(from, until, status, unit));
        }
    }

    private MemberTimeline() {
    }
}
