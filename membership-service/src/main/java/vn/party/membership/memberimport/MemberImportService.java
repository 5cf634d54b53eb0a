package vn.party.membership.memberimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.scope.ActingScope;
import vn.party.backbone.scope.ScopedData;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Accepts member imports and answers for them. The file is read at once (a bad header or broken quoting is
 * a 400 before any job exists); the rows are checked and written by {@link MemberImportWorker} in the
 * background, in the name and subtree of the caller captured here.
 */
@ApplicationScoped
@Transactional
public class MemberImportService {

    @Inject
    ScopedData scoped;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MemberImportWorker worker;

    /**
     * Reads the file through once, keeping no row (a 55 MB file costs its bytes, not a sheet of strings), and
     * stores its bytes for the worker; PostgreSQL turns them into the text column.
     */
    public MemberImport accept(byte[] body, ImportMode mode, boolean dryRun) {
        int totalRows = 0;
        try (MemberCsv.Rows rows = MemberCsv.open(MemberCsv.utf8(body))) {
            while (rows.hasNext()) {
                rows.next();
                totalRows++;
            }
        } catch (MemberCsv.FileRefused e) {
            if (e.notUtf8()) {
                throw new ProblemException(Problem.of(ProblemType.MALFORMED, e.getMessage()));
            }
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
        if (totalRows == 0) {
            throw ProblemException.invalid("body", "the file has no rows below the header");
        }
        for (byte b : body) {
            if (b == 0) {
                // PostgreSQL text holds no NUL, and no spreadsheet writes one into a CSV file
                throw new ProblemException(Problem.of(ProblemType.MALFORMED,
                        "the file holds a NUL byte: it is not CSV text; save it as \"CSV UTF-8\""));
            }
        }
        ActingScope scope = scoped.capture();
        MemberImport job = new MemberImport();
        job.id = UUID.randomUUID();
        job.mode = mode;
        job.dryRun = dryRun;
        job.status = ImportStatus.QUEUED;
        job.totalRows = totalRows;
        job.scopePath = scope.subtreePath();
        job.createdBy = scope.actor();
        job.creatorRoles = String.join(",", new TreeSet<>(scope.roles()));
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.persist();
        em.flush();
        scoped.sql("""
                        insert into member_import_file (import_id, content)
                        select j.id, convert_from(cast(:content as bytea), 'UTF8') from member_import j
                        where j.id = :id and cast(j.scope_path as ltree) <@ cast(:scope as ltree)""")
                .setParameter("id", job.id).setParameter("content", body).executeUpdate();
        audit.record("member-import.accepted", "member_import", job.id.toString(),
                Map.of("mode", mode, "dryRun", dryRun, "totalRows", job.totalRows));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.nudge();
                }
            }
        });
        return job;
    }

    /** The job if the caller's subtree covers its creator's; 404 otherwise, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberImport get(UUID id) {
        return scoped.find(MemberImport.class, id, "member import " + id);
    }

    /** Row errors in row order, paged by cursor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MemberImportApi.Error> errors(UUID id, PageRequest page) {
        MemberImport job = get(id);
        long after = decode(page.after());
        List<MemberImportError> rows = MemberImportError.<MemberImportError>find(
                        "importId = ?1 and id > ?2 order by id", job.id, after)
                .page(0, page.limit() + 1).list();
        return Page.fromOverfetch(rows, page.limit(), e -> String.valueOf(e.id))
                .map(e -> new MemberImportApi.Error(e.rowNumber, e.columnName, e.message, e.rule));
    }

    private static long decode(String after) {
        if (after == null) {
            return 0;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "not a cursor this list gave out");
        }
    }
}
