package vn.party.membership.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code membership.reports.*}: bounds on what one report request may cost. */
@ConfigMapping(prefix = "membership.reports")
public interface ReportsConfig {

    /**
     * Longest a report's statements may run, together, in its transaction (PostgreSQL's statement_timeout, set
     * local to the report's transaction). Past it the caller is told to narrow the unit or the period (503
     * report.time-limit), rather than holding a connection and the heap while a gateway gives up at 60 s.
     */
    @WithDefault("20S")
    Duration timeLimit();
}
