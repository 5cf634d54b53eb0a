package vn.party.membership.memberimport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ActingScope;
import vn.party.backbone.scope.SystemAccess;
import vn.party.membership.member.MemberApi;
import vn.party.membership.member.MemberConflict;
import vn.party.membership.member.MemberRules;
import vn.party.membership.member.MemberService;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Runs accepted imports in the background, one at a time per replica. A job is claimed with a row lock
 * (another replica skips it) and keeps a heartbeat; a job whose worker died is taken up again after
 * {@code staleAfter}. Every row is checked as POST /members checks it, through {@link MemberService}, in the
 * name and subtree of the caller captured when the job was accepted: no request context exists here.
 * <ul>
 * <li>VALID_ROWS: chunks, each in its own transaction with the job's counters and row errors, so progress
 * is visible and a restart resumes after the last committed chunk;</li>
 * <li>ALL_OR_NOTHING: one transaction, every row checked and, while none has failed, written chunk by chunk;
 * any failing row rolls it all back; progress is reported in short transactions of its own;</li>
 * <li>dry run: the checks only.</li>
 * </ul>
 */
@ApplicationScoped
@SystemAccess("the import queue on a worker thread: claims jobs, keeps their heartbeats, progress and row errors, "
        + "across every creator's jobs; the rows themselves are checked and written through MemberService, "
        + "under ScopedData.as(the creator's scope captured when the job was accepted)")
public class MemberImportWorker {

    private static final Logger LOG = Logger.getLogger(MemberImportWorker.class);

    @Inject
    MemberService members;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    MemberImportConfig config;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "member-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudgePending = new AtomicBoolean();

    /** The job as the worker needs it: counters at the start of this attempt and the captured caller. */
    record Job(UUID id, ImportMode mode, boolean dryRun, int processedRows, int attempts, ActingScope scope, byte[] content) {

        /** The file's rows from the start, read as they are needed. */
        MemberCsv.Rows rows() {
            return MemberCsv.open(MemberCsv.utf8(content));
        }
    }

    /** A row read and checked: the request when it could be read, and its errors (none when it is valid). */
    record Checked(MemberCsv.Row row, MemberApi.RegisterRequest request, List<RowError> errors) {
    }

    /** Thrown to roll back the one transaction of an ALL_OR_NOTHING import when a write is refused. */
    private static final class WriteRefused extends RuntimeException {
        final transient RowError error;

        WriteRefused(RowError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** Rolls back the one transaction of an ALL_OR_NOTHING import whose checks failed on some rows. */
    private static final class RowsFailed extends RuntimeException {
        final int count;

        RowsFailed(int count) {
            super(count + " rows fail", null, false, false);
            this.count = count;
        }
    }

    /** Called after a job is accepted; nudges coalesce into one more pass. */
    public void nudge() {
        if (nudgePending.compareAndSet(false, true)) {
            executor.execute(() -> {
                nudgePending.set(false);
                drain();
            });
        }
    }

    /** The safety net: jobs whose nudge was lost, and jobs whose worker died, are picked up here. */
    @Scheduled(every = "${membership.import.sweep-interval:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "member-import-sweep")
    void sweep() {
        nudge();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void drain() {
        try {
            UUID id;
            while ((id = claim()) != null) {
                run(id);
            }
        } catch (RuntimeException e) {
            LOG.warnf("member import pass failed, will retry: %s", e.toString());
        }
    }

    private UUID claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("""
                            with claimed as (
                                update member_import set status = 'RUNNING', attempts = attempts + 1, heartbeat_at = now(),
                                       started_at = coalesce(started_at, now()), version = version + 1
                                where id = (select id from member_import
                                            where status = 'QUEUED'
                                               or (status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?1))
                                            order by created_at limit 1 for update skip locked)
                                returning id)
                            select cast(id as text) from claimed""")
                    .setParameter(1, (double) config.staleAfter().toSeconds()).getResultList();
            return ids.isEmpty() ? null : UUID.fromString((String) ids.get(0));
        });
    }

    void run(UUID id) {
        Job job = QuarkusTransaction.requiringNew().call(() -> load(id));
        if (job.attempts() > config.maxAttempts()) {
            finishFailed(job, "the import stopped " + config.maxAttempts() + " times before its end; start it again");
            return;
        }
        try {
            Map<Integer, List<RowError>> duplicates;
            try (MemberCsv.Rows rows = job.rows()) {
                duplicates = MemberCsv.duplicates(rows.header(), rows);
            }
            if (job.mode() == ImportMode.VALID_ROWS && !job.dryRun()) {
                importValidRows(job, duplicates);
            } else {
                QuarkusTransaction.requiringNew().run(() -> startOver(job.id()));
                if (job.dryRun()) {
                    dryRun(job, duplicates);
                } else {
                    importAllOrNothing(job, duplicates);
                }
            }
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(e, "member import %s stopped (attempt %d), incident %s", id, job.attempts(), incident);
            if (job.attempts() >= config.maxAttempts()) {
                finishFailed(job, "the import could not run to its end (incident " + incident + ")");
            } else {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                                "update member_import set status = 'QUEUED', version = version + 1 where id = ?1")
                        .setParameter(1, id).executeUpdate());
            }
        }
    }

    private void importValidRows(Job job, Map<Integer, List<RowError>> duplicates) {
        try (MemberCsv.Rows rows = job.rows()) {
            // a job taken up again resumes after its last committed chunk
            for (int skipped = 0; skipped < job.processedRows() && rows.hasNext(); skipped++) {
                rows.next();
            }
            List<MemberCsv.Row> chunk;
            while (!(chunk = rows.next(config.chunkSize())).isEmpty()) {
                importChunk(job, rows.header(), chunk, duplicates);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> finish(job, ImportStatus.COMPLETED, null, null));
    }

    private void importChunk(Job job, List<String> header, List<MemberCsv.Row> chunk, Map<Integer, List<RowError>> duplicates) {
        try {
            QuarkusTransaction.requiringNew().run(() -> checkAndWrite(job, header, chunk, duplicates));
        } catch (RuntimeException chunkFailed) {
            // the checks passed but a write was refused (e.g. a record created meanwhile): the chunk rolled
            // back; row by row, so that only the row at fault fails
            for (MemberCsv.Row row : chunk) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> checkAndWrite(job, header, List.of(row), duplicates));
                } catch (RuntimeException rowFailed) {
                    RowError error = rowError(row.number(), null, rowFailed);
                    QuarkusTransaction.requiringNew().run(() -> progress(job.id(), List.of(error), 1, 0, 1));
                }
            }
        }
    }

    /**
     * In the caller's transaction: checks the rows, writes the valid ones, and records the chunk's progress. The
     * chunk is checked and written set-based ({@link #checkChunk}, {@link MemberService#registerChecked}): a few
     * statements a chunk instead of a dozen round trips a row.
     */
    private void checkAndWrite(Job job, List<String> header, List<MemberCsv.Row> rows, Map<Integer, List<RowError>> duplicates) {
        List<Checked> checked = checkChunk(job, header, rows, duplicates);
        List<RowError> errors = checked.stream().flatMap(c -> c.errors().stream()).toList();
        List<MemberApi.RegisterRequest> valid = checked.stream().filter(c -> c.errors().isEmpty()).map(Checked::request).toList();
        members.registerChecked(valid, job.scope());
        progress(job.id(), errors, rows.size(), valid.size(), rows.size() - valid.size());
        em.flush();
        em.clear();
    }

    /**
     * The rows of a chunk, each checked exactly as POST /members checks a request (its constraints, then the
     * service's rules), the service's lookups made once for the chunk ({@link MemberService#validateRegistrations}).
     */
    List<Checked> checkChunk(Job job, List<String> header, List<MemberCsv.Row> rows, Map<Integer, List<RowError>> duplicates) {
        List<Checked> read = rows.stream().map(row -> read(header, row, duplicates)).toList();
        List<Checked> readable = read.stream().filter(c -> c.errors().isEmpty()).toList();
        List<RuntimeException> refusals = members.validateRegistrations(readable.stream().map(Checked::request).toList(), job.scope());
        Map<Integer, RowError> refused = new java.util.HashMap<>();
        for (int i = 0; i < readable.size(); i++) {
            if (refusals.get(i) != null) {
                refused.put(readable.get(i).row().number(), rowError(readable.get(i).row().number(), readable.get(i).request(), refusals.get(i)));
            }
        }
        return read.stream().map(c -> refused.containsKey(c.row().number())
                ? new Checked(c.row(), c.request(), List.of(refused.get(c.row().number()))) : c).toList();
    }

    /**
     * One transaction, one pass: each chunk is checked, its row errors and progress reported in short transactions
     * of their own, and written set-based as long as no row has failed; after the first failing row the rest is
     * only checked, and the transaction rolls back at the end. So every row is checked and either all are written
     * or none, without holding the file's checked rows in memory.
     */
    private void importAllOrNothing(Job job, Map<Integer, List<RowError>> duplicates) {
        try {
            QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).run(() -> {
                int failed = 0;
                int written = 0;
                try (MemberCsv.Rows rows = job.rows()) {
                    List<MemberCsv.Row> chunk;
                    while (!(chunk = rows.next(config.chunkSize())).isEmpty()) {
                        List<Checked> checked = checkChunk(job, rows.header(), chunk, duplicates);
                        List<RowError> errors = checked.stream().flatMap(c -> c.errors().stream()).toList();
                        int failing = (int) checked.stream().filter(c -> !c.errors().isEmpty()).count();
                        if (failed == 0 && failing == 0) {
                            try {
                                members.registerChecked(checked.stream().map(Checked::request).toList(), job.scope());
                                em.flush();
                            } catch (RuntimeException e) {
                                throw new WriteRefused(new RowError(chunk.get(0).number(), null, "rows " + chunk.get(0).number()
                                        + "–" + chunk.get(chunk.size() - 1).number() + " could not be written (a record with one of "
                                        + "their national IDs or card numbers was created meanwhile): import the file again",
                                        RowError.ROW_FAILED));
                            }
                            written += checked.size();
                        }
                        failed += failing;
                        em.clear();
                        int processed = chunk.size();
                        QuarkusTransaction.requiringNew().run(() -> progress(job.id(), errors, processed, 0, failing));
                    }
                }
                if (failed > 0) {
                    throw new RowsFailed(failed);
                }
                finish(job, ImportStatus.COMPLETED, written, null);
            });
        } catch (WriteRefused refused) {
            QuarkusTransaction.requiringNew().run(() -> progress(job.id(), List.of(refused.error), 0, 0, 1));
            finishFailed(job, "row " + refused.error.row() + " could not be written: nothing was imported");
        } catch (RowsFailed rowsFailed) {
            finishFailed(job, rowsFailed.count + (rowsFailed.count == 1 ? " row fails" : " rows fail") + ": nothing was imported");
        }
    }

    /** Checks every row, chunk by chunk, each with its progress and errors in a short transaction; writes nothing. */
    private void dryRun(Job job, Map<Integer, List<RowError>> duplicates) {
        int failed = 0;
        try (MemberCsv.Rows rows = job.rows()) {
            List<MemberCsv.Row> chunk;
            while (!(chunk = rows.next(config.chunkSize())).isEmpty()) {
                List<MemberCsv.Row> these = chunk;
                failed += QuarkusTransaction.requiringNew().call(() -> {
                    List<Checked> checked = checkChunk(job, rows.header(), these, duplicates);
                    List<RowError> errors = checked.stream().flatMap(c -> c.errors().stream()).toList();
                    int failing = (int) checked.stream().filter(c -> !c.errors().isEmpty()).count();
                    progress(job.id(), errors, these.size(), 0, failing);
                    em.flush();
                    em.clear();
                    return failing;
                });
            }
        }
        if (failed > 0 && job.mode() == ImportMode.ALL_OR_NOTHING) {
            finishFailed(job, failed + (failed == 1 ? " row fails" : " rows fail") + ": an import would write nothing");
        } else {
            QuarkusTransaction.requiringNew().run(() -> finish(job, ImportStatus.COMPLETED, 0, null));
        }
    }

    /** One row read and checked against its constraints and the file's duplicates; the service's rules come after. */
    Checked read(List<String> header, MemberCsv.Row row, Map<Integer, List<RowError>> duplicates) {
        MemberCsv.Reading reading = MemberCsv.convert(header, row);
        List<RowError> errors = new ArrayList<>(reading.errors());
        if (reading.request() == null) {
            return new Checked(row, null, errors);
        }
        Set<String> unreadable = errors.stream().map(RowError::column).collect(Collectors.toSet());
        validator.validate(reading.request()).stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .filter(v -> !unreadable.contains(v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new RowError(row.number(), v.getPropertyPath().toString(), v.getMessage(),
                        RowError.VALIDATION)));
        errors.addAll(duplicates.getOrDefault(row.number(), List.of()));
        return new Checked(row, reading.request(), errors);
    }

    /** A refusal of the member service as a row error; the unit's absence and its being out of scope read alike. */
    private static RowError rowError(int row, MemberApi.RegisterRequest request, RuntimeException e) {
        if (e instanceof MemberConflict conflict) {
            boolean person = "nationalId".equals(conflict.field());
            return new RowError(row, conflict.field(), person ? "already has a record (" + conflict.problem().detail() + ")"
                    : conflict.problem().detail(), person ? RowError.EXISTING_RECORD : RowError.CARD_NUMBER_TAKEN);
        }
        if (e instanceof RuleViolation violation) {
            return new RowError(row, MemberRules.CELL.equals(violation.rule()) ? "unitCode" : null, violation.getMessage(),
                    violation.rule());
        }
        if (e instanceof ProblemException problem) {
            var p = problem.problem();
            if (p.status() == 404) {
                String unit = request == null ? "the unit" : "unit " + request.unitCode();
                return new RowError(row, "unitCode", unit + " does not exist in your subtree", RowError.UNIT_NOT_FOUND);
            }
            if (p.errors() != null && !p.errors().isEmpty()) {
                return new RowError(row, p.errors().get(0).field(), p.errors().get(0).message(), RowError.VALIDATION);
            }
            return new RowError(row, null, p.detail() == null ? p.title() : p.detail(), RowError.ROW_FAILED);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "member import row %d could not be written, incident %s", row, incident);
        return new RowError(row, null, "the row could not be written (incident " + incident + ")", RowError.ROW_FAILED);
    }

    private Job load(UUID id) {
        MemberImport job = MemberImport.findById(id);
        // the file's bytes rather than its text: a 55 MB file stays 55 MB here, not twice that in UTF-16
        Object content = em.createNativeQuery("select convert_to(content, 'UTF8') from member_import_file where import_id = ?1")
                .setParameter(1, id).getResultStream().findFirst().orElse(new byte[0]);
        ActingScope scope = new ActingScope(job.createdBy, job.scopePath,
                Set.of(job.creatorRoles.isEmpty() ? new String[0] : job.creatorRoles.split(",")));
        return new Job(job.id, job.mode, job.dryRun, job.processedRows, job.attempts, scope, (byte[]) content);
    }

    /** A dry run or an ALL_OR_NOTHING job taken up again checks every row anew. */
    private void startOver(UUID id) {
        em.createNativeQuery("delete from member_import_error where import_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("""
                        update member_import set processed_rows = 0, imported_rows = 0, failed_rows = 0, version = version + 1
                        where id = ?1""").setParameter(1, id).executeUpdate();
    }

    private void progress(UUID id, List<RowError> errors, int processed, int imported, int failed) {
        errors.forEach(e -> MemberImportError.of(id, e).persist());
        em.createNativeQuery("""
                        update member_import set processed_rows = processed_rows + ?2, imported_rows = imported_rows + ?3,
                               failed_rows = failed_rows + ?4, heartbeat_at = now(), version = version + 1
                        where id = ?1""")
                .setParameter(1, id).setParameter(2, processed).setParameter(3, imported).setParameter(4, failed)
                .executeUpdate();
    }

    private void heartbeat(UUID id) {
        em.createNativeQuery("update member_import set heartbeat_at = now() where id = ?1").setParameter(1, id).executeUpdate();
    }

    private void finishFailed(Job job, String failure) {
        QuarkusTransaction.requiringNew().run(() -> finish(job, ImportStatus.FAILED, 0, failure));
    }

    /** Ends the job in the caller's transaction, drops the uploaded file, and audits the outcome in the creator's name. */
    private void finish(Job job, ImportStatus status, Integer importedRows, String failure) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MemberImport.update("status = ?1, failure = ?2, finishedAt = ?3, heartbeatAt = ?3, version = version + 1"
                + (importedRows == null ? "" : ", importedRows = " + importedRows.intValue()) + " where id = ?4",
                status, failure, now, job.id());
        em.createNativeQuery("delete from member_import_file where import_id = ?1").setParameter(1, job.id()).executeUpdate();
        MemberImport done = MemberImport.findById(job.id());
        em.refresh(done);
        audit.recordAs(job.scope().actor(), "member-import.finished", "member_import", job.id().toString(),
                Map.of("status", status, "processedRows", done.processedRows, "importedRows", done.importedRows,
                        "failedRows", done.failedRows));
    }

    private int timeoutSeconds() {
        return (int) config.transactionTimeout().toSeconds();
    }
}
