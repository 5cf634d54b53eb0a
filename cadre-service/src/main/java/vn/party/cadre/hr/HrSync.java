package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import vn.party.backbone.inbox.TransientFailures;
import vn.party.backbone.scope.SystemAccess;
import vn.party.cadre.profile.ProfileUpserts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Pulls changed employee records from the HR system and upserts profiles by national ID. One run at a time in
 * the whole deployment: a PostgreSQL advisory lock held on a connection of its own for the run. Each record is
 * stored in its own transaction; a malformed one is reported and skipped; after a page, the cursor moves past it
 * with the run's counts, so an outage or a crash resumes at the first page not fully handled and the cursor
 * never passes a record that was neither stored nor reported.
 */
@ApplicationScoped
@SystemAccess("the HR sync works for the whole province, scheduled or started by an organiser; the lock needs its own connection")
public class HrSync {

    private static final Logger LOG = Logger.getLogger(HrSync.class);
    /** "HRSYNC" as the advisory lock's key. */
    static final long LOCK_KEY = 0x485253594e43L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    HrClient client;

    @Inject
    ProfileUpserts upserts;

    @Inject
    ManagedExecutor executor;

    @Inject
    HrConfig config;

    @Scheduled(identity = "hr-sync", every = "${cadre.hr-sync.every:15m}", delayed = "${cadre.hr-sync.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Optional<Connection> lock = lock();
        if (lock.isEmpty()) {
            LOG.debug("an HR sync is already running elsewhere; skipping this turn");
            return;
        }
        try {
            execute(newRun(HrSyncRun.Trigger.SCHEDULED, "system"), "system");
        } finally {
            unlock(lock.get());
        }
    }

    /** Starts a run in the background; empty when one is already running. */
    public Optional<UUID> start(String actor) {
        Optional<Connection> lock = lock();
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        UUID run;
        try {
            run = newRun(HrSyncRun.Trigger.MANUAL, actor);
        } catch (RuntimeException e) {
            unlock(lock.get());
            throw e;
        }
        executor.runAsync(() -> {
            try {
                execute(run, actor);
            } finally {
                unlock(lock.get());
            }
        });
        return Optional.of(run);
    }

    private UUID newRun(HrSyncRun.Trigger trigger, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            HrSyncCursor c = HrSyncCursor.findById(HrSyncCursor.SOURCE);
            HrSyncRun r = new HrSyncRun();
            r.id = UUID.randomUUID();
            r.trigger = trigger;
            r.startedBy = actor;
            r.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
            r.status = HrSyncRun.Status.RUNNING;
            r.cursorFrom = c == null ? null : c.cursor;
            r.cursorTo = r.cursorFrom;
            r.persist();
            return r.id;
        });
    }

    void execute(UUID runId, String actor) {
        String cursor = QuarkusTransaction.requiringNew().call(() -> {
            HrSyncCursor c = HrSyncCursor.findById(HrSyncCursor.SOURCE);
            return c == null ? null : c.cursor;
        });
        try {
            for (int pageNo = 0; pageNo < config.maxPages(); pageNo++) {
                JsonNode page;
                try {
                    page = client.changes(cursor, config.pageSize());
                } catch (RuntimeException e) {
                    finish(runId, HrSyncRun.Status.FAILED, "the HR system did not answer: " + rootMessage(e));
                    return;
                }
                JsonNode items = page == null ? null : page.get("items");
                JsonNode next = page == null ? null : page.get("nextCursor");
                if (items == null || !items.isArray() || next == null || !next.isTextual()) {
                    finish(runId, HrSyncRun.Status.FAILED, "the HR system answered a page without items or nextCursor");
                    return;
                }
                int[] counts = new int[5]; // received, created, updated, unchanged, skipped
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    counts[0]++;
                    HrRecord record;
                    try {
                        record = HrRecord.parse(item);
                    } catch (HrRecord.Malformed m) {
                        issue(runId, HrRecord.refOf(item, i), m.getMessage());
                        counts[4]++;
                        continue;
                    }
                    try {
                        ProfileUpserts.Outcome o = QuarkusTransaction.requiringNew()
                                .call(() -> upserts.upsert(record, actor, ProfileUpserts.Reach.province("hr-sync:" + runId)));
                        counts[1 + o.ordinal()]++;
                    } catch (HrRecord.Malformed m) {
                        issue(runId, record.ref(), m.getMessage());
                        counts[4]++;
                    } catch (RuntimeException e) {
                        if (TransientFailures.isTransient(e)) {
                            progress(runId, counts, null, false);
                            finish(runId, HrSyncRun.Status.FAILED, "storing failed, the cursor stays before this page: " + rootMessage(e));
                            return;
                        }
                        issue(runId, record.ref(), "refused by the database: " + e.getClass().getSimpleName());
                        counts[4]++;
                    }
                }
                String nextCursor = next.asText();
                progress(runId, counts, nextCursor, true);
                cursor = nextCursor;
                if (!page.path("hasMore").asBoolean(false)) {
                    break;
                }
            }
            boolean skipped = QuarkusTransaction.requiringNew().call(() -> HrSyncRun.<HrSyncRun>findById(runId).skipped > 0);
            finish(runId, skipped ? HrSyncRun.Status.PARTIAL : HrSyncRun.Status.SUCCEEDED, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "HR sync run %s failed", runId);
            finish(runId, HrSyncRun.Status.FAILED, e.getClass().getSimpleName());
        }
    }

    private void progress(UUID runId, int[] counts, String nextCursor, boolean pageDone) {
        QuarkusTransaction.requiringNew().run(() -> {
            HrSyncRun r = HrSyncRun.findById(runId);
            r.received += counts[0];
            r.created += counts[1];
            r.updated += counts[2];
            r.unchanged += counts[3];
            r.skipped += counts[4];
            if (pageDone) {
                r.pages++;
                r.cursorTo = nextCursor;
                HrSyncCursor c = HrSyncCursor.findById(HrSyncCursor.SOURCE);
                if (c == null) {
                    c = new HrSyncCursor();
                    c.source = HrSyncCursor.SOURCE;
                    c.cursor = nextCursor;
                    c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    c.persist();
                } else {
                    c.cursor = nextCursor;
                    c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                }
            }
        });
    }

    private void issue(UUID runId, String ref, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            HrSyncIssue i = new HrSyncIssue();
            i.runId = runId;
            i.recordRef = ref;
            i.reason = reason;
            i.at = OffsetDateTime.now(ZoneOffset.UTC);
            i.persist();
        });
    }

    private void finish(UUID runId, HrSyncRun.Status status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            HrSyncRun r = HrSyncRun.findById(runId);
            r.status = status;
            r.error = error;
            r.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        });
        LOG.infof("HR sync run %s: %s%s", runId, status, error == null ? "" : " (" + error + ")");
    }

    private Optional<Connection> lock() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?)")) {
                s.setLong(1, LOCK_KEY);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return Optional.of(c);
                    }
                }
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("cannot take the HR sync lock", e);
        }
    }

    private void unlock(Connection c) {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?)")) {
            s.setLong(1, LOCK_KEY);
            s.execute();
        } catch (SQLException e) {
            LOG.warnf("cannot release the HR sync lock (%s); closing the connection releases it", e.getMessage());
        } finally {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the lock dies with the session
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (e != t ? " (" + e.getClass().getSimpleName() + ")" : "");
    }
}
