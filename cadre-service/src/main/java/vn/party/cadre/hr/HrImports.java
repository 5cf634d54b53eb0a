package vn.party.cadre.hr;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.inbox.TransientFailures;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ActingScope;
import vn.party.backbone.scope.ScopedData;
import vn.party.cadre.profile.ProfileUpserts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports of the HR system's CSV export, for offices that exchange files instead of reaching the HR system: each row
 * is checked and upserted by national ID as the sync does it ({@link ProfileUpserts}), but only within the importer's
 * subtree; a malformed or out-of-reach row is reported and skipped and the rest goes on. Runs in the background under
 * the importer's scope, with its progress on the import.
 */
@ApplicationScoped
public class HrImports {

    private static final Logger LOG = Logger.getLogger(HrImports.class);
    /** Progress is written after this many rows. */
    static final int CHUNK = 25;

    @Inject
    ScopedData scoped;

    @Inject
    ProfileUpserts upserts;

    @Inject
    AuditTrail audit;

    /** The import's rows are worked through after the request's transaction, never inside it. */
    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(2)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Reads the file (400 for what no row report could fix) and records the import in the caller's transaction; the
     * rows are worked through in the background once that commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HrImport start(byte[] file) {
        ActingScope scope = scoped.capture(); // a caller without a scope is told so (403) before the file is read
        String path = scoped.subtreePath();
        List<HrCsv.Row> rows;
        try {
            rows = HrCsv.read(file);
        } catch (HrCsv.Refused e) {
            throw ProblemException.invalid(e.field, e.getMessage());
        }
        HrImport i = new HrImport();
        i.id = UUID.randomUUID();
        i.unitCode = path.substring(path.lastIndexOf('.') + 1);
        i.unitPath = path;
        i.startedBy = scope.actor();
        i.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        i.status = HrImport.Status.RUNNING;
        i.totalRows = rows.size();
        i.persist();
        audit.record("cadre.hr_import_started", "hr_import", i.id.toString(), Map.of("unitCode", i.unitCode, "rows", rows.size()));
        UUID id = i.id;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.runAsync(() -> scoped.as(scope, () -> {
                        run(id, rows, scope.actor());
                        return null;
                    }));
                }
            }
        });
        return i;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    void run(UUID id, List<HrCsv.Row> rows, String actor) {
        ProfileUpserts.Reach reach = ProfileUpserts.Reach.subtree("hr-import:" + id, scoped::covers);
        int[] counts = new int[5]; // processed, created, updated, unchanged, skipped
        try {
            for (HrCsv.Row row : rows) {
                counts[0]++;
                HrRecord record;
                try {
                    record = HrRecord.parse(row.record());
                } catch (HrRecord.Malformed m) {
                    issue(id, row.number(), HrRecord.refOf(row.record(), row.number()), m.getMessage(), counts);
                    continue;
                }
                try {
                    ProfileUpserts.Outcome o = QuarkusTransaction.requiringNew().call(() -> upserts.upsert(record, actor, reach));
                    counts[1 + o.ordinal()]++;
                } catch (HrRecord.Malformed m) {
                    issue(id, row.number(), record.ref(), m.getMessage(), counts);
                } catch (RuntimeException e) {
                    if (TransientFailures.isTransient(e)) {
                        finish(id, counts, HrImport.Status.FAILED, "storing failed at row " + row.number()
                                + "; rows before it are stored, import the file again for the rest");
                        return;
                    }
                    issue(id, row.number(), record.ref(), "refused by the database: " + e.getClass().getSimpleName(), counts);
                }
                if (counts[0] % CHUNK == 0) {
                    progress(id, counts);
                }
            }
            finish(id, counts, counts[4] > 0 ? HrImport.Status.PARTIAL : HrImport.Status.SUCCEEDED, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "HR import %s failed", id);
            finish(id, counts, HrImport.Status.FAILED, e.getClass().getSimpleName());
        }
    }

    private void issue(UUID id, int rowNumber, String ref, String reason, int[] counts) {
        counts[4]++;
        QuarkusTransaction.requiringNew().run(() -> {
            HrImportIssue i = new HrImportIssue();
            i.importId = id;
            i.rowNumber = rowNumber;
            i.recordRef = ref.startsWith("item ") ? null : ref;
            i.reason = reason;
            i.persist();
        });
    }

    private void progress(UUID id, int[] counts) {
        QuarkusTransaction.requiringNew().run(() -> apply(scoped.find(HrImport.class, id, "import " + id), counts));
    }

    private void finish(UUID id, int[] counts, HrImport.Status status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            HrImport i = scoped.find(HrImport.class, id, "import " + id);
            apply(i, counts);
            i.status = status;
            i.error = error;
            i.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            audit.recordAs(i.startedBy, "cadre.hr_import_finished", "hr_import", i.id.toString(),
                    Map.of("status", status.name(), "created", i.created, "updated", i.updated, "unchanged", i.unchanged,
                            "skipped", i.skipped));
        });
    }

    private static void apply(HrImport i, int[] counts) {
        i.processed = counts[0];
        i.created = counts[1];
        i.updated = counts[2];
        i.unchanged = counts[3];
        i.skipped = counts[4];
    }

    public HrImport get(UUID id) {
        return scoped.find(HrImport.class, id, "import " + id);
    }

    /** The imports of the caller's subtree, newest first. */
    public List<HrImport> latest(int n) {
        @SuppressWarnings("unchecked")
        List<Object> ids = scoped.sql("""
                        select i.id from hr_import i join org_unit_replica r on r.code = i.unit_code
                        where r.path <@ cast(:scope as ltree) order by i.started_at desc, i.id limit :n""")
                .setParameter("n", n).getResultList();
        List<HrImport> found = new ArrayList<>();
        for (Object id : ids) {
            found.add(scoped.find(HrImport.class, id, "import " + id));
        }
        return found;
    }

    /** The rows an import skipped, in row order. */
    public Page<HrImportIssue> issues(UUID id, PageRequest page) {
        HrImport i = get(id);
        List<String> after = Cursor.parse(page.after(), 2);
        int afterRow = after == null ? -1 : parseInt(after.get(0));
        long afterId = after == null ? -1 : parseLong(after.get(1));
        List<HrImportIssue> rows = HrImportIssue.<HrImportIssue>find(
                        "importId = ?1 and (rowNumber > ?2 or (rowNumber = ?2 and id > ?3)) order by rowNumber, id", i.id, afterRow, afterId)
                .page(0, page.limit() + 1).list();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.of(r.rowNumber, r.id));
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
    }
}
