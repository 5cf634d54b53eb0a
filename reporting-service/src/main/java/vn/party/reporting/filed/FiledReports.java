package vn.party.reporting.filed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.reporting.period.ReportPeriod;
import vn.party.reporting.report.Reports;
import vn.party.reporting.tree.DatedTree;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reports as filed (báo cáo đã nộp) and as currently known: filing freezes the unit's summary for a period, as
 * answered at that moment, with who filed it and when; the filed report is opened exactly as filed, and compared
 * line by line with the figures as they are now known for the same unit, period, day and grading year (a
 * back-dated correction, an annulment on appeal, a late event).
 */
@ApplicationScoped
public class FiledReports {

    static final int MAX_NOTE = 2000;

    @Inject
    ScopedData scoped;

    @Inject
    Reports reports;

    @Inject
    DatedTree tree;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Schema(name = "FileReport", description = "What to file: the summary of the period, stock figures as of asOf "
            + "(the period's last day, or today, when absent), grading of gradingYear (the period's last year)")
    public record FileRequest(@Schema(required = true, examples = "2025-Q4") String period,
                              @Schema(examples = "2025-12-31") LocalDate asOf,
                              @Schema(examples = "2025") Integer gradingYear,
                              @Schema(description = "A note for the file, at most 2000 characters") String note) {
    }

    @Schema(name = "FiledReportHeader", description = "A filed report without its figures")
    public record Header(UUID id, String unitCode, String unitName, String period, LocalDate from, LocalDate to,
                         LocalDate asOf, int gradingYear, String filedBy, OffsetDateTime filedAt, String note) {
    }

    @Schema(name = "FiledReport", description = "A filed report with the summary exactly as filed")
    public record Filed(UUID id, String unitCode, String unitName, String period, LocalDate from, LocalDate to,
                        LocalDate asOf, int gradingYear, String filedBy, OffsetDateTime filedAt, String note,
                        @Schema(implementation = Reports.Summary.class) JsonNode summary) {
    }

    /** A figure that is not what was filed: absent on one side is null. */
    @Schema(name = "FiledReportDifference")
    public record Difference(String section, String unitCode, String unitName, String figure,
                             @Schema(description = "The value as filed") JsonNode filed,
                             @Schema(description = "The value as now known") JsonNode current) {
    }

    @Schema(name = "FiledReportDifferences", description = "The lines where the figures as now known differ from the "
            + "filed report, in the order of the report")
    public record Differences(UUID filedReportId, String unitCode, String period, LocalDate asOf, OffsetDateTime filedAt,
                              OffsetDateTime currentCompleteUpTo, boolean unchanged, List<Difference> differences) {
    }

    @Transactional
    public Filed file(String code, FileRequest request) {
        if (request == null) {
            throw ProblemException.invalid("period", "required: " + ReportPeriod.FORMS);
        }
        ReportPeriod period = Reports.period("period", request.period());
        if (request.asOf() != null && (request.asOf().getYear() < ReportPeriod.FIRST_YEAR
                || request.asOf().getYear() > ReportPeriod.LAST_YEAR)) {
            throw ProblemException.invalid("asOf", "years between " + ReportPeriod.FIRST_YEAR + " and " + ReportPeriod.LAST_YEAR);
        }
        if (request.gradingYear() != null && (request.gradingYear() < ReportPeriod.FIRST_YEAR
                || request.gradingYear() > ReportPeriod.LAST_YEAR)) {
            throw ProblemException.invalid("gradingYear", "years between " + ReportPeriod.FIRST_YEAR + " and "
                    + ReportPeriod.LAST_YEAR);
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "at most " + MAX_NOTE + " characters");
        }
        // a dissolved unit files for the periods it existed in, like its live figures answer for them
        tree.requireVisible(code);
        if (!tree.existedDuring(code, period.from(), period.until())) {
            throw ProblemException.ruleViolated("filed-report.unit-not-in-period", "unit " + code + " did not exist in "
                    + period.label() + ": a report is filed for a period the unit existed in");
        }
        Reports.Summary summary = reports.summary(code, period, request.asOf(), request.gradingYear());
        FiledReport row = new FiledReport();
        row.id = UUID.randomUUID();
        row.unitCode = code;
        row.unitName = summary.unitName();
        row.period = summary.period();
        row.periodFrom = summary.from();
        row.periodTo = summary.to();
        row.asOf = summary.asOf();
        row.gradingYear = summary.gradingYear();
        row.filedBy = scoped.actor();
        row.filedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        row.note = request.note() == null || request.note().isBlank() ? null : request.note();
        row.summary = write(summary);
        row.persist();
        audit.record("report.filed", "FiledReport", row.id.toString(), Map.of("unit", code, "period", row.period,
                "asOf", row.asOf.toString()));
        return filed(row);
    }

    /** The filed report, exactly as filed; 404 outside the caller's subtree or under another unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Filed open(String code, UUID id) {
        return filed(require(code, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Header> list(String code, PageRequest page) {
        tree.requireVisible(code); // standing or dissolved
        List<String> after = Cursor.parse(page.after(), 2);
        OffsetDateTime afterAt = null;
        UUID afterId = null;
        if (after != null) {
            try {
                afterAt = OffsetDateTime.parse(after.get(0));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("after", "not a cursor this list gave out");
            }
            afterId = Cursor.uuid(after.get(1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select f.id, f.unit_code, f.unit_name, f.period, f.period_from, f.period_to, f.as_of, f.grading_year,
                               f.filed_by, f.filed_at, f.note
                        from report_filed f
                        join org_unit_replica r on r.code = f.unit_code
                        where f.unit_code = :unit and r.path <@ cast(:scope as ltree)
                          and (f.filed_at, f.id) < (cast(:afterAt as timestamptz), cast(:afterId as uuid))
                        order by f.filed_at desc, f.id desc
                        limit :limit""")
                .setParameter("unit", code)
                .setParameter("afterAt", afterAt == null ? "infinity" : afterAt.toString())
                .setParameter("afterId", afterId == null ? "ffffffff-ffff-ffff-ffff-ffffffffffff" : afterId.toString())
                .setParameter("limit", page.limit() + 1).getResultList();
        List<Header> headers = new ArrayList<>();
        for (Object[] r : rows) {
            headers.add(new Header((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5]),
                    date(r[6]), ((Number) r[7]).intValue(), (String) r[8], instant(r[9]), (String) r[10]));
        }
        return Page.fromOverfetch(headers, page.limit(), h -> Cursor.of(h.filedAt(), h.id()));
    }

    /** The figures as now known for the filed report's unit, period, day and grading year, against the filed ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Differences differences(String code, UUID id) {
        FiledReport row = require(code, id);
        JsonNode filed = read(row.summary);
        Reports.Summary now = reports.summary(row.unitCode, ReportPeriod.parse(row.period), row.asOf, row.gradingYear);
        JsonNode current = json.valueToTree(now);
        Map<SummaryLines.Key, SummaryLines.Line> before = SummaryLines.of(filed);
        Map<SummaryLines.Key, SummaryLines.Line> after = SummaryLines.of(current);
        Set<SummaryLines.Key> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Difference> differences = new ArrayList<>();
        for (SummaryLines.Key k : keys) {
            SummaryLines.Line b = before.get(k);
            SummaryLines.Line a = after.get(k);
            JsonNode bv = b == null ? NullNode.getInstance() : b.value();
            JsonNode av = a == null ? NullNode.getInstance() : a.value();
            if (!same(bv, av)) {
                differences.add(new Difference(k.section(), k.unitCode(), a != null ? a.unitName() : b.unitName(), k.figure(),
                        bv, av));
            }
        }
        return new Differences(row.id, row.unitCode, row.period, row.asOf, row.filedAt, now.completeUpTo(),
                differences.isEmpty(), differences);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return Objects.equals(a, b);
    }

    private FiledReport require(String code, UUID id) {
        tree.requireVisible(code); // standing or dissolved
        FiledReport row = scoped.find(FiledReport.class, id, "filed report " + id);
        if (!row.unitCode.equals(code)) {
            throw ProblemException.notFound("filed report " + id);
        }
        return row;
    }

    private Filed filed(FiledReport r) {
        return new Filed(r.id, r.unitCode, r.unitName, r.period, r.periodFrom, r.periodTo, r.asOf, r.gradingYear, r.filedBy,
                r.filedAt, r.note, read(r.summary));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary", e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a filed summary that is not JSON", e);
        }
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static OffsetDateTime instant(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
