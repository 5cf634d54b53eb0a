package vn.party.backbone.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates of the suite are dates in Asia/Ho_Chi_Minh; instants are stored in UTC. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }

    /**
     * Refuses (400) a date no party record can carry: before the Party's founding year or far in the
     * future. Keeps four-digit years, which events and reports rely on.
     */
    public static LocalDate requirePlausible(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1930 || date.isAfter(today().plusYears(5)))) {
            throw vn.party.backbone.problem.ProblemException.invalid(field, "must lie between 1930 and five years from now");
        }
        return date;
    }

    private VietnamTime() {
    }
}
