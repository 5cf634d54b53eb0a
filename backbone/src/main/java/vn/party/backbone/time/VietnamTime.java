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

    private VietnamTime() {
    }
}
