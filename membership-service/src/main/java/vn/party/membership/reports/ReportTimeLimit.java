package vn.party.membership.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.SystemAccess;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a report in a read transaction whose statements PostgreSQL cancels past {@link ReportsConfig#timeLimit()}
 * ({@code set_config('statement_timeout', ..., true)}: local to the transaction, so the pooled connection goes back
 * with its default). A cancelled report answers 503 {@code report.time-limit} telling the caller to narrow the unit
 * or the period, never 500, and the rollback frees the connection at once.
 */
@ApplicationScoped
@SystemAccess("sets the statement timeout of a report's own transaction; reads no data")
public class ReportTimeLimit {

    public static final String RULE = "report.time-limit";
    public static final URI TYPE = URI.create("https://party-suite.vn/problems/report-time-limit");

    /** PostgreSQL's query_canceled: statement_timeout (or a cancel request) stopped the statement. */
    private static final String QUERY_CANCELED = "57014";

    @Inject
    EntityManager em;

    @Inject
    ReportsConfig config;

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T run(String report, Supplier<T> work) {
        long ms = Math.max(1, config.timeLimit().toMillis());
        em.createNativeQuery("select set_config('statement_timeout', ?1, true)").setParameter(1, ms + "ms").getSingleResult();
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (cancelled(e)) {
                throw new ProblemException(new Problem(TYPE, "The report took longer than its time limit", 503,
                        "Báo cáo " + report + " vượt quá thời gian cho phép (" + ms / 1000.0 + " s): hãy thu hẹp đơn vị hoặc "
                                + "khoảng thời gian. The " + report + " report ran past its time limit of " + ms / 1000.0
                                + " s: ask for a smaller unit or a shorter period.",
                        null, RULE, null, Map.of("timeLimitMillis", ms, "report", report)));
            }
            throw e;
        }
    }

    /**
     * For a report that aggregates whole cells a batch at a time: the planner underestimates a batch bound as one
     * array and picks nested loops over tens of thousands of rows (a cell of 70,000 took 20 s); hash joins take
     * about a second. Local to the report's transaction, like the time limit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void preferHashJoins() {
        em.createNativeQuery("select set_config('enable_nestloop', 'off', true)").getSingleResult();
    }

    static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
