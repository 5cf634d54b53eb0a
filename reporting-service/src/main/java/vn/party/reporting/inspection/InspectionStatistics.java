package vn.party.reporting.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.reporting.freshness.Freshness;
import vn.party.reporting.period.ReportPeriod;
import vn.party.reporting.tree.DatedTree;
import vn.party.reporting.tree.Rollup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static vn.party.reporting.tree.Rollup.n;

/**
 * The inspection sector's statistical tables (biểu mẫu thống kê ngành Kiểm tra) for a unit and period, as far as
 * inspection.events carry them, under the standard in force on the period's last day
 * ({@link StatisticalStandardRules}). Each table has a row for the unit's subtree and one per unit directly below
 * it (the standard's rows are the reporting units), a column per figure. Tables are named by their content: the
 * official numbering and titles must be checked against the text of the regulation. What the standard counts and
 * the events do not carry is listed in {@link #NOT_CARRIED}, never estimated.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InspectionStatistics {

    static final List<String> CASE_COLUMNS = List.of("cases", "planned", "surprise", "fromDenunciation",
            "byProvinceBodies", "byIntermediateBodies", "byBaseBodies", "byCells", "organisationsCovered", "membersCovered",
            "committeeMembersCovered", "concluded", "organisationsWithViolations", "membersWithViolations",
            "committeeMembersWithViolations", "disciplineToConsider");

    /** A table of the standard, by content: its code here, its Vietnamese title and its columns. */
    public record TableDefinition(String code, String title, List<String> columns) {
    }

    static final List<TableDefinition> TABLES = List.of(
            cases("committee-inspections", "Kiểm tra của cấp ủy, ban thường vụ và chi bộ (tổ chức đảng và đảng viên)",
                    "kind.ROUTINE", "kind.THEMATIC", "kind.SIGNS_OF_VIOLATION", "kind.OTHER"),
            cases("committee-supervisions", "Giám sát của cấp ủy, ban thường vụ và chi bộ",
                    "kind.ROUTINE", "kind.THEMATIC", "kind.OTHER"),
            cases("commission-signs-of-violation", "Ủy ban kiểm tra kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm"),
            cases("commission-duty-performance", "Ủy ban kiểm tra kiểm tra tổ chức đảng cấp dưới thực hiện nhiệm vụ kiểm tra, "
                    + "giám sát"),
            cases("commission-discipline-enforcement", "Ủy ban kiểm tra kiểm tra tổ chức đảng cấp dưới thi hành kỷ luật trong Đảng"),
            cases("commission-finance-and-dues", "Ủy ban kiểm tra kiểm tra tài chính và việc thu, nộp, quản lý, sử dụng đảng phí",
                    "kind.FINANCE", "kind.DUES"),
            cases("commission-other-inspections", "Ủy ban kiểm tra kiểm tra thường xuyên, chuyên đề khác",
                    "kind.ROUTINE", "kind.THEMATIC"),
            cases("commission-supervisions", "Giám sát của ủy ban kiểm tra", "kind.ROUTINE", "kind.THEMATIC", "kind.OTHER"),
            new TableDefinition("organisation-discipline", "Thi hành kỷ luật tổ chức đảng", List.of("total",
                    "form.REPRIMAND", "form.WARNING", "form.DISSOLUTION", "bodyKind.COMMITTEE", "bodyKind.STANDING_BOARD",
                    "bodyKind.INSPECTION_COMMISSION", "bodyKind.CELL", "bodyLevel.PROVINCE", "bodyLevel.INTERMEDIATE",
                    "bodyLevel.BASE", "bodyLevel.CELL", "annulledOnAppeal")),
            new TableDefinition("member-discipline", "Thi hành kỷ luật đảng viên", List.of("total", "form.REPRIMAND",
                    "form.WARNING", "form.REMOVAL_FROM_POST", "form.EXPULSION", "bodyKind.COMMITTEE",
                    "bodyKind.STANDING_BOARD", "bodyKind.INSPECTION_COMMISSION", "bodyKind.CELL", "bodyLevel.PROVINCE",
                    "bodyLevel.INTERMEDIATE", "bodyLevel.BASE", "bodyLevel.CELL", "annulledOnAppeal")),
            new TableDefinition("suspensions", "Đình chỉ sinh hoạt đảng", List.of("started", "ended", "endedEarly", "inForce")),
            new TableDefinition("denunciations", "Giải quyết tố cáo đối với tổ chức đảng và đảng viên", List.of("received",
                    "receivedAgainstOrganisations", "receivedAgainstMembers", "resolved", "resolvedOnTime",
                    "outcome.WELL_FOUNDED", "outcome.PARTLY_FOUNDED", "outcome.UNFOUNDED")),
            new TableDefinition("discipline-complaints", "Giải quyết khiếu nại kỷ luật đảng", List.of("received", "resolved",
                    "resolvedOnTime", "outcome.WELL_FOUNDED", "outcome.PARTLY_FOUNDED", "outcome.UNFOUNDED",
                    "appealsDecided", "appeal.UPHELD", "appeal.REDUCED", "appeal.INCREASED", "appeal.ANNULLED")),
            new TableDefinition("conclusion-follow-up", "Theo dõi thực hiện kết luận kiểm tra, giám sát (not a table of the "
                    + "standard as far as we know: cases closed and follow-up actions that fell overdue)",
                    List.of("casesClosed", "followUpsOverdue")));

    /** What the standard counts and inspection.events do not carry. */
    public record NotCarried(String content, String reason) {
    }

    static final List<NotCarried> NOT_CARRIED = List.of(
            new NotCarried("Tổ chức bộ máy và cán bộ ngành kiểm tra (members and staff of the inspection commissions)",
                    "no event names who sits on a commission or works in its office"),
            new NotCarried("Đào tạo, bồi dưỡng cán bộ kiểm tra (training of inspection staff)",
                    "cadre.events carry training by programme kind, not whether the trainee works in the inspection sector"),
            new NotCarried("Amounts of money in finance and dues inspections (found in violation, to be recovered, recovered)",
                    "case.concluded carries counts of subjects with violations, no amounts"),
            new NotCarried("Nội dung vi phạm (violations and discipline by the nature of the violation)",
                    "case.concluded and discipline.decided carry no classification of the violation"),
            new NotCarried("Cấp ủy viên bị kỷ luật (disciplined members who sit on a committee, by the committee's level)",
                    "discipline.decided does not say whether the member sat on a committee; cases carry committee members "
                            + "covered and with violations, which are in the case tables"),
            new NotCarried("The standard's tables beyond those built here",
                    "our copies of 357-QĐ/UBKTTW and 885-QĐ/UBKTTW are not available: the tables are built by content and "
                            + "their numbering must be checked against the official texts"));

    @Schema(name = "StatisticalTable", description = "One table of the standard, by content: a row for the unit and one per "
            + "unit directly below it, a figure per column")
    public record Table(String code, String title, List<String> columns, Map<String, Long> figures, List<Row> children) {
    }

    public record Row(String unitCode, String unitName, Map<String, Long> figures) {
    }

    @Schema(name = "InspectionStatistics", description = "Biểu mẫu thống kê ngành Kiểm tra: the standard in force on the "
            + "period's last day, whether it names the period (null: not recorded for that standard), the tables the "
            + "events carry and those they do not")
    public record Statistics(String unitCode, String unitName, String period, LocalDate from, LocalDate to,
                             OffsetDateTime completeUpTo, StatisticalStandardRules.Standard standard, Boolean standardPeriod,
                             List<Table> tables, List<NotCarried> notCarried,
                             @Schema(description = "Per source topic, up to which event the tables are complete")
                             Map<String, vn.party.reporting.freshness.Freshness.Watermark> freshness) {
    }

    @Inject
    ScopedData scoped;

    @Inject
    DatedTree tree;

    @Inject
    Freshness freshness;

    @Inject
    InspectionReports reports;

    public Statistics statistics(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        StatisticalStandardRules.Standard standard = StatisticalStandardRules.forPeriod(period).orElseThrow(() ->
                ProblemException.ruleViolated("inspection-statistics.no-standard-for-period", "no statistical standard of "
                        + "the inspection sector was in force on " + period.to() + " (the earliest applies from "
                        + StatisticalStandardRules.STANDARDS.get(0).appliesFrom() + ")"));
        Rollup r = figures(code, period);
        LocalDate today = VietnamTime.today();
        Rollup suspensions = reports.suspensions(code, period.from(), period.until(),
                period.to().isBefore(today) ? period.to() : today);
        Rollup followUp = reports.inspections(code, period.from(), period.until());
        List<DatedTree.Unit> children = tree.childrenDuring(code, period.from(), period.until());
        List<Table> tables = new ArrayList<>();
        for (TableDefinition t : TABLES) {
            // suspensions and follow-up are InspectionReports' own figures under the table's names
            Rollup source = switch (t.code()) {
                case "suspensions" -> suspensions;
                case "conclusion-follow-up" -> followUp;
                default -> r;
            };
            Function<String, String> key = switch (t.code()) {
                case "suspensions" -> column -> column.equals("endedEarly") ? "early" : column;
                case "conclusion-follow-up" -> column -> column.equals("casesClosed") ? "closed" : column;
                default -> column -> t.code() + "." + column;
            };
            List<Row> rows = new ArrayList<>();
            for (DatedTree.Unit c : children) {
                rows.add(new Row(c.code(), c.name(), values(t, source.child(c.code()), key)));
            }
            tables.add(new Table(t.code(), t.title(), t.columns(), values(t, source.total(), key), rows));
        }
        return new Statistics(code, tree.nameBefore(code, period.until()), period.label(), period.from(), period.to(),
                freshness.completeUpTo(InspectionProjection.TOPIC), standard,
                StatisticalStandardRules.isReportingPeriod(standard, period), tables, NOT_CARRIED,
                freshness.watermarks(List.of(vn.party.reporting.freshness.Freshness.MEMBERSHIP, InspectionProjection.TOPIC)));
    }

    private static Map<String, Long> values(TableDefinition t, Rollup.Tally tally, Function<String, String> key) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String column : t.columns()) {
            out.put(column, tally.get(key.apply(column)));
        }
        return out;
    }

    /** The table a case counts in: by activity, by who ran it (committees or the commission) and by its kind. */
    static String caseTable(String activity, String bodyKind, String kind) {
        boolean commission = "INSPECTION_COMMISSION".equals(bodyKind);
        if ("SUPERVISION".equals(activity)) {
            return commission ? "commission-supervisions" : "committee-supervisions";
        }
        if (!commission) {
            return "committee-inspections";
        }
        return switch (kind) {
            case "SIGNS_OF_VIOLATION" -> "commission-signs-of-violation";
            case "DUTY_PERFORMANCE" -> "commission-duty-performance";
            case "DISCIPLINE_ENFORCEMENT" -> "commission-discipline-enforcement";
            case "FINANCE", "DUES" -> "commission-finance-and-dues";
            default -> "commission-other-inspections";
        };
    }

    private static String kindColumn(String table, String kind) {
        String column = "kind." + kind;
        return TABLES.stream().filter(t -> t.code().equals(table)).anyMatch(t -> t.columns().contains(column))
                ? column : "kind.OTHER";
    }

    private Rollup figures(String unit, ReportPeriod period) {
        LocalDate from = period.from();
        LocalDate until = period.until();
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, c.activity, c.body_kind, c.body_level, c.kind, c.planned, coalesce(c.from_denunciation, false),
                       count(*), sum(c.organisations_covered), sum(c.members_covered), sum(c.committee_members_covered)
                from report_case c
                join report_tree t on t.code = c.unit_code and t.days @> c.decided_on
                where c.decided_on >= cast(:from as date) and c.decided_on < cast(:until as date) and %s and %s
                group by 1, 2, 3, 4, 5, 6, 7""", unit, from, until)) {
            String table = caseTable((String) row[1], (String) row[2], (String) row[4]) + ".";
            long count = n(row[7]);
            r.add(row[0], table + "cases", count);
            r.add(row[0], table + (Boolean.TRUE.equals(row[5]) ? "planned" : "surprise"), count);
            if (Boolean.TRUE.equals(row[6])) {
                r.add(row[0], table + "fromDenunciation", count);
            }
            r.add(row[0], table + switch ((String) row[3]) {
                case "PROVINCE" -> "byProvinceBodies";
                case "INTERMEDIATE" -> "byIntermediateBodies";
                case "BASE" -> "byBaseBodies";
                default -> "byCells";
            }, count);
            r.add(row[0], table + kindColumn(table.substring(0, table.length() - 1), (String) row[4]), count);
            r.add(row[0], table + "organisationsCovered", n(row[8]));
            r.add(row[0], table + "membersCovered", n(row[9]));
            r.add(row[0], table + "committeeMembersCovered", n(row[10]));
        }
        for (Object[] row : rows("""
                select %s, c.activity, c.body_kind, c.kind, count(*), sum(c.organisations_with_violations),
                       sum(c.members_with_violations), sum(c.committee_members_with_violations), sum(c.discipline_to_consider)
                from report_case c
                join report_tree t on t.code = c.unit_code and t.days @> c.concluded_on
                where c.concluded_on >= cast(:from as date) and c.concluded_on < cast(:until as date) and %s and %s
                group by 1, 2, 3, 4""", unit, from, until)) {
            String table = caseTable((String) row[1], (String) row[2], (String) row[3]) + ".";
            r.add(row[0], table + "concluded", n(row[4]));
            r.add(row[0], table + "organisationsWithViolations", n(row[5]));
            r.add(row[0], table + "membersWithViolations", n(row[6]));
            r.add(row[0], table + "committeeMembersWithViolations", n(row[7]));
            r.add(row[0], table + "disciplineToConsider", n(row[8]));
        }
        // discipline by the form as currently known: the latest appeal's result, none when annulled
        for (Object[] row : rows("""
                select %s, d.subject_kind, d.form_now, d.body_kind, d.body_level, count(*)
                from (select d.*, case when ap.appeal_id is null then d.form
                                       when ap.outcome = 'ANNULLED' then null else ap.resulting_form end as form_now
                      from report_discipline d
                      left join lateral (select a.appeal_id, a.outcome, a.resulting_form from report_appeal a
                                         where a.decision_id = d.decision_id
                                         order by a.decided_on desc, a.appeal_id desc limit 1) ap on true
                      where d.decided_on >= cast(:from as date) and d.decided_on < cast(:until as date)) d
                join report_tree t on t.code = d.unit_code and t.days @> d.decided_on
                where %s and %s
                group by 1, 2, 3, 4, 5""", unit, from, until)) {
            String table = ("ORGANISATION".equals(row[1]) ? "organisation-discipline" : "member-discipline") + ".";
            long count = n(row[5]);
            if (row[2] == null) {
                r.add(row[0], table + "annulledOnAppeal", count);
                continue;
            }
            r.add(row[0], table + "total", count);
            r.add(row[0], table + "form." + row[2], count);
            r.add(row[0], table + "bodyKind." + row[3], count);
            r.add(row[0], table + "bodyLevel." + row[4], count);
        }
        for (Object[] row : rows("""
                select %s, a.outcome, count(*)
                from report_appeal a
                join report_tree t on t.code = a.unit_code and t.days @> a.decided_on
                where a.decided_on >= cast(:from as date) and a.decided_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "discipline-complaints.appealsDecided", n(row[2]));
            r.add(row[0], "discipline-complaints.appeal." + row[1], n(row[2]));
        }
        for (Object[] row : rows("""
                select %s, d.kind, d.subject_kind, count(*)
                from report_denunciation d
                join report_tree t on t.code = d.unit_code and t.days @> d.received_on
                where d.received_on >= cast(:from as date) and d.received_on < cast(:until as date) and %s and %s
                group by 1, 2, 3""", unit, from, until)) {
            String table = ("COMPLAINT".equals(row[1]) ? "discipline-complaints" : "denunciations") + ".";
            r.add(row[0], table + "received", n(row[3]));
            r.add(row[0], table + ("ORGANISATION".equals(row[2]) ? "receivedAgainstOrganisations" : "receivedAgainstMembers"),
                    n(row[3]));
        }
        for (Object[] row : rows("""
                select %s, d.kind, d.outcome, count(*), count(*) filter (where d.on_time)
                from report_denunciation d
                join report_tree t on t.code = d.unit_code and t.days @> d.resolved_on
                where d.resolved_on >= cast(:from as date) and d.resolved_on < cast(:until as date) and %s and %s
                group by 1, 2, 3""", unit, from, until)) {
            String table = ("COMPLAINT".equals(row[1]) ? "discipline-complaints" : "denunciations") + ".";
            r.add(row[0], table + "resolved", n(row[3]));
            r.add(row[0], table + "resolvedOnTime", n(row[4]));
            r.add(row[0], table + "outcome." + row[2], n(row[3]));
        }
        return r;
    }

    private static TableDefinition cases(String code, String title, String... kinds) {
        List<String> columns = new ArrayList<>(CASE_COLUMNS);
        columns.addAll(List.of(kinds));
        return new TableDefinition(code, title, List.copyOf(columns));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String template, String unit, LocalDate from, LocalDate until) {
        return scoped.sql(template.formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unit).setParameter("from", from).setParameter("until", until).getResultList();
    }
}
