package vn.party.membership.meeting;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.membership.MemberStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cell meetings (sinh hoạt chi bộ). The Party Statute (Điều lệ Đảng, art. 24) has every cell meet monthly;
 * 12-HD/BTCTW (18 Jan 2018) on the content of cell meetings keeps the monthly regular meeting and asks for a
 * thematic meeting at least once a quarter. A new regulation is a new entry in {@link #TABLE}.
 */
public final class MeetingRules {

    public static final String NOT_IN_CELL = "meeting.attendee-not-in-cell";
    public static final String INCOMPLETE = "meeting.attendance-incomplete";
    public static final String COMMITTEE_OF_CELL = "meeting.committee-member-of-cell";
    public static final String HELD_BY_CELL = "meeting.held-by-cell";
    public static final String CELL_EXISTS = "meeting.cell-existed";

    /** How often each kind is due, from a date on. */
    public record Cadence(String regulation, LocalDate from, int regularEveryMonths, int thematicEveryMonths) {
    }

    public static final List<Cadence> TABLE = List.of(
            new Cadence("Điều lệ Đảng (2011) art. 24; 12-HD/BTCTW", LocalDate.of(2018, 1, 18), 1, 3));

    /** A person in the cell on the meeting day, as the member directory has them. */
    public record OnTheDay(UUID id, MemberStatus status, boolean official, boolean exempted, boolean excused) {
    }

    /** One attendance row of the request. */
    public record Row(UUID memberId, Attendance attendance, boolean committeeMember) {
    }

    public record Minutes(int total, int full, int probationary, int attached, int exempted, int present,
                          int absentWithReason, int absentWithoutReason, int committeeTotal, int committeePresent) {
    }

    /**
     * Checks the rows against the people of the cell that day and counts the minutes. Rows may name only
     * official members and members temporarily attached to the cell; every official member who is expected
     * (not exempted, not suspended, not attending another cell on a temporary attachment) must have a row;
     * committee members are official members.
     *
     * @param people everyone official in the cell that day and everyone attached to it, by id
     */
    public static Minutes minutes(Map<UUID, OnTheDay> people, Collection<Row> rows) {
        List<String> strangers = rows.stream().map(Row::memberId).filter(id -> !people.containsKey(id))
                .map(UUID::toString).toList();
        if (!strangers.isEmpty()) {
            throw new RuleViolation(NOT_IN_CELL, "attendance may name only official members of the cell on the day and "
                    + "members temporarily attached to it", Map.of("memberIds", strangers));
        }
        List<String> notOfficialCommittee = rows.stream().filter(Row::committeeMember)
                .filter(r -> !people.get(r.memberId()).official()).map(r -> r.memberId().toString()).toList();
        if (!notOfficialCommittee.isEmpty()) {
            throw new RuleViolation(COMMITTEE_OF_CELL, "committee members of the cell are official members of it",
                    Map.of("memberIds", notOfficialCommittee));
        }
        Set<UUID> named = rows.stream().map(Row::memberId).collect(java.util.stream.Collectors.toSet());
        List<String> missing = people.values().stream()
                .filter(p -> p.official() && !p.exempted() && !p.excused() && !named.contains(p.id()))
                .map(p -> p.id().toString()).sorted().toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(INCOMPLETE, "the minutes account for every member expected at the meeting: "
                    + missing.size() + " without a row", Map.of("memberIds", missing));
        }
        int full = 0;
        int probationary = 0;
        int attached = 0;
        int exempted = 0;
        for (OnTheDay p : people.values()) {
            if (!p.official()) {
                attached++;
                continue;
            }
            if (p.status() == MemberStatus.FULL) {
                full++;
            } else {
                probationary++;
            }
            if (p.exempted()) {
                exempted++;
            }
        }
        int present = 0;
        int withReason = 0;
        int withoutReason = 0;
        int committee = 0;
        int committeePresent = 0;
        for (Row r : rows) {
            switch (r.attendance()) {
                case PRESENT -> present++;
                case ABSENT_WITH_REASON -> withReason++;
                case ABSENT_WITHOUT_REASON -> withoutReason++;
            }
            if (r.committeeMember()) {
                committee++;
                if (r.attendance() == Attendance.PRESENT) {
                    committeePresent++;
                }
            }
        }
        return new Minutes(full + probationary, full, probationary, attached, exempted, present, withReason,
                withoutReason, committee, committeePresent);
    }

    /** The cadence in force in a month. */
    public static Cadence cadenceFor(YearMonth month) {
        Cadence found = TABLE.get(0);
        for (Cadence c : TABLE) {
            if (!c.from().isAfter(month.atEndOfMonth())) {
                found = c;
            }
        }
        return found;
    }

    /** Months of {@code assessed} in which no regular meeting was held. */
    public static List<YearMonth> missedMonths(Collection<YearMonth> assessed, Set<YearMonth> regularHeld) {
        return assessed.stream().filter(m -> !regularHeld.contains(m)).sorted().toList();
    }

    /** Quarters (written 2025-Q1) of {@code assessed} without a thematic meeting in any of their months. */
    public static List<String> missedQuarters(Collection<YearMonth> assessedQuarterStarts, Set<YearMonth> thematicHeld) {
        List<String> missed = new ArrayList<>();
        for (YearMonth start : assessedQuarterStarts.stream().sorted().toList()) {
            int every = cadenceFor(start).thematicEveryMonths();
            boolean held = false;
            for (int i = 0; i < every; i++) {
                held |= thematicHeld.contains(start.plusMonths(i));
            }
            if (!held) {
                missed.add(quarter(start));
            }
        }
        return missed;
    }

    public static String quarter(YearMonth start) {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code part} of {@code whole} in %, two decimals as committees print them; null when nothing was counted. */
    public static BigDecimal rate(long part, long whole) {
        return vn.party.membership.reports.Percent.of(part, whole);
    }

    private MeetingRules() {
    }
}
