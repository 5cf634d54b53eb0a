package vn.party.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.ExitKind;
import vn.party.reporting.activity.ActivityReports;
import vn.party.reporting.cadre.CadreProjection;
import vn.party.reporting.cadre.CadreReports;
import vn.party.reporting.inspection.InspectionProjection;
import vn.party.reporting.inspection.InspectionReports;
import vn.party.reporting.tree.Rollup;
import vn.party.reporting.flows.FlowReports;
import vn.party.reporting.freshness.Freshness;
import vn.party.reporting.grading.GradeScaleRules;
import vn.party.reporting.grading.GradingReports;
import vn.party.reporting.members.MemberStock;
import vn.party.reporting.period.ReportPeriod;
import vn.party.reporting.tree.DatedTree;
import vn.party.reporting.tree.OrganisationCounts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every section of a unit's report, assembled from the features' read models: the unit's figures and those of
 * each unit directly below it, with the freshness of the read models. Scope: the unit must lie in the
 * caller's subtree now (404 otherwise); what stood under it on the reported days counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    @Inject
    DatedTree tree;

    @Inject
    MemberStock stock;

    @Inject
    FlowReports flows;

    @Inject
    ActivityReports activity;

    @Inject
    GradingReports grading;

    @Inject
    OrganisationCounts organisations;

    @Inject
    Freshness freshness;

    @Inject
    InspectionReports inspection;

    @Inject
    CadreReports cadre;

    /**
     * @param term                 the congress term the date lies in
     * @param termStart            its first day
     * @param changeSinceTermStart members now less members on the term's first day
     */
    @Schema(name = "MemberFigures")
    public record MemberFigures(long full, long probationary, long total, String term, LocalDate termStart,
                                long fullAtTermStart, long probationaryAtTermStart, long totalAtTermStart,
                                long changeSinceTermStart) {
    }

    /**
     * @param termAdmitted admissions from the first day of the term the period ends in up to the period's end
     * @param targets      the unit's targets (years, terms) overlapping the period, each against its admissions
     */
    @Schema(name = "AdmissionFigures")
    public record AdmissionFigures(long admitted, long readmitted, String term, long termAdmitted,
                                   List<FlowReports.Target> targets) {
    }

    @Schema(name = "ExitFigures")
    public record ExitFigures(long total, Map<ExitKind, Long> byKind) {
    }

    @Schema(name = "Summary", description = "Every section of a unit's report for a period, stock figures as of a day")
    public record Summary(String unitCode, String unitName, String period, LocalDate from, LocalDate to, LocalDate asOf,
                          int gradingYear, OffsetDateTime completeUpTo,
                          @Schema(description = "Per source topic, up to which event the summary's figures are complete")
                          Map<String, Freshness.Watermark> freshness,
                          Section<MemberFigures> members,
                          Section<OrganisationCounts.Organisations> organisations,
                          Section<AdmissionFigures> admissions,
                          Section<FlowReports.Transfers> transfers,
                          Section<ExitFigures> exits,
                          Section<ActivityReports.Meetings> meetings,
                          Section<ActivityReports.Dues> dues,
                          @Schema(description = "Null when the unit did not exist in gradingYear")
                          Section<GradingReports.Grades> grading,
                          Section<InspectionReports.Inspections> inspections,
                          Section<InspectionReports.Discipline> discipline,
                          Section<InspectionReports.Denunciations> denunciations,
                          Section<InspectionReports.Suspensions> suspensions,
                          Section<CadreReports.Cadres> cadres,
                          Section<CadreReports.Planning> planning,
                          Section<CadreReports.Training> training,
                          Section<CadreReports.Appointments> appointments) {
    }

    public Section<MemberFigures> members(String code, LocalDate day) {
        DatedTree.Unit unit = tree.require(code, day);
        ReportPeriod term = CongressTerms.containing(day);
        LocalDate termStart = term.from();
        MemberStock.Counts now = stock.on(code, day);
        MemberStock.Counts then = stock.on(code, termStart);
        return dated(unit, day, members(now.total(), then.total(), term), tree.childrenOn(code, day),
                child -> members(now.child(child), then.child(child), term));
    }

    public Section<OrganisationCounts.Organisations> organisations(String code, LocalDate day) {
        DatedTree.Unit unit = tree.require(code, day);
        OrganisationCounts.ByUnit counts = organisations.on(code, day);
        return dated(unit, day, counts.total(), tree.childrenOn(code, day),
                child -> counts.byChild().getOrDefault(child, OrganisationCounts.none()));
    }

    public Section<AdmissionFigures> admissions(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        ReportPeriod term = CongressTerms.containing(period.to());
        FlowReports.ByUnit<FlowReports.Admissions> inPeriod = flows.admissions(code, period.from(), period.until());
        FlowReports.ByUnit<FlowReports.Admissions> inTerm = flows.admissions(code, term.from(), period.until());
        return flow(code, period, admissions(inPeriod.total(), inTerm.total(), term, flows.targets(code, period)),
                child -> admissions(inPeriod.child(child, FlowReportsNone.ADMISSIONS),
                        inTerm.child(child, FlowReportsNone.ADMISSIONS), term, flows.targets(child, period)));
    }

    public Section<FlowReports.Transfers> transfers(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        FlowReports.ByUnit<FlowReports.Transfers> t = flows.transfers(code, period.from(), period.until());
        return flow(code, period, t.total(), child -> t.child(child, FlowReportsNone.TRANSFERS));
    }

    public Section<ExitFigures> exits(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        FlowReports.ByUnit<Map<ExitKind, Long>> e = flows.exits(code, period.from(), period.until());
        return flow(code, period, exits(e.total()), child -> exits(e.child(child, FlowReports.noExits())));
    }

    public Section<ActivityReports.Meetings> meetings(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        ActivityReports.ByUnit<ActivityReports.Meetings> m = activity.meetings(code, period.from(), period.until(),
                VietnamTime.today());
        return flow(code, period, m.total(), child -> m.byChild().getOrDefault(child, ActivityReports.noMeetings()));
    }

    public Section<ActivityReports.Dues> dues(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        ActivityReports.ByUnit<ActivityReports.Dues> d = activity.dues(code, period.from(), period.until(), VietnamTime.today());
        return flow(code, period, d.total(), child -> d.byChild().getOrDefault(child, new ActivityReports.Dues(0, 0, 0, 0)));
    }

    public Section<GradingReports.Grades> grading(String code, int year) {
        ReportPeriod period = ReportPeriod.parse(Integer.toString(year));
        tree.requireDuring(code, period.from(), period.until());
        GradingReports.ByUnit g = grading.grades(code, year);
        GradingReports.Grades none = GradingReports.empty(GradeScaleRules.scaleFor(year));
        return flow(code, period, g.total(), child -> g.byChild().getOrDefault(child, none));
    }

    public Section<InspectionReports.Inspections> inspections(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = inspection.inspections(code, period.from(), period.until());
        return flow(code, period, InspectionProjection.TOPIC, InspectionReports.inspections(r.total()),
                r.children(InspectionReports::inspections));
    }

    public Section<InspectionReports.Discipline> discipline(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = inspection.discipline(code, period.from(), period.until());
        return flow(code, period, InspectionProjection.TOPIC, InspectionReports.discipline(r.total()),
                r.children(InspectionReports::discipline));
    }

    public Section<InspectionReports.Denunciations> denunciations(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = inspection.denunciations(code, period.from(), period.until());
        return flow(code, period, InspectionProjection.TOPIC, InspectionReports.denunciations(r.total()),
                r.children(InspectionReports::denunciations));
    }

    /** Suspensions in the period; in force on its last day (today when the period is not over). */
    public Section<InspectionReports.Suspensions> suspensions(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = inspection.suspensions(code, period.from(), period.until(), lastDayOrToday(period));
        return flow(code, period, InspectionProjection.TOPIC, InspectionReports.suspensions(r.total()),
                r.children(InspectionReports::suspensions));
    }

    public Section<CadreReports.Cadres> cadres(String code, LocalDate day) {
        DatedTree.Unit unit = tree.require(code, day);
        Rollup r = cadre.cadres(code, day);
        List<Section.Child<CadreReports.Cadres>> rows = new ArrayList<>();
        for (DatedTree.Unit c : tree.childrenOn(code, day)) {
            rows.add(new Section.Child<>(c.code(), c.name(), CadreReports.cadres(r.child(c.code()))));
        }
        return new Section<>(unit.code(), unit.name(), null, null, null, day, freshness.completeUpTo(CadreProjection.TOPIC),
                CadreReports.cadres(r.total()), rows, freshness.watermarks(List.of(Freshness.MEMBERSHIP, Freshness.CADRE)));
    }

    /** Plan entries added and taken out in the period; the plans standing on its last day (or today). */
    public Section<CadreReports.Planning> planning(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = cadre.planning(code, period.from(), period.until(), lastDayOrToday(period));
        return flow(code, period, CadreProjection.TOPIC, CadreReports.planning(r.total()), r.children(CadreReports::planning));
    }

    public Section<CadreReports.Training> training(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = cadre.training(code, period.from(), period.until());
        return flow(code, period, CadreProjection.TOPIC, CadreReports.training(r.total()), r.children(CadreReports::training));
    }

    public Section<CadreReports.Appointments> appointments(String code, ReportPeriod period) {
        tree.requireDuring(code, period.from(), period.until());
        Rollup r = cadre.appointments(code, period.from(), period.until());
        return flow(code, period, CadreProjection.TOPIC, CadreReports.appointments(r.total()),
                r.children(CadreReports::appointments));
    }

    private static LocalDate lastDayOrToday(ReportPeriod period) {
        LocalDate today = VietnamTime.today();
        return period.to().isBefore(today) ? period.to() : today;
    }

    public Summary summary(String code, ReportPeriod period, LocalDate asOf, Integer gradingYear) {
        LocalDate today = VietnamTime.today();
        LocalDate day = asOf != null ? asOf : (period.to().isBefore(today) ? period.to() : today);
        int year = gradingYear != null ? gradingYear : period.to().getYear();
        DatedTree.Unit unit = tree.on(code, day).orElse(null);
        Section<MemberFigures> members = unit == null ? null : members(code, day);
        Section<OrganisationCounts.Organisations> orgs = unit == null ? null : organisations(code, day);
        return new Summary(code, unit != null ? unit.name() : tree.nameBefore(code, period.until()), period.label(),
                period.from(), period.to(), day, year, freshness.completeUpTo(), freshness.watermarks(Freshness.ALL_TOPICS),
                members, orgs,
                admissions(code, period), transfers(code, period), exits(code, period), meetings(code, period),
                dues(code, period), gradingIfExisted(code, year), inspections(code, period), discipline(code, period),
                denunciations(code, period), suspensions(code, period), unit == null ? null : cadres(code, day),
                planning(code, period), training(code, period), appointments(code, period));
    }

    /** The grading of {@code year}, or null when the unit did not exist in that year (founded later, dissolved before). */
    private Section<GradingReports.Grades> gradingIfExisted(String code, int year) {
        ReportPeriod period = ReportPeriod.parse(Integer.toString(year));
        return tree.existedDuring(code, period.from(), period.until()) ? grading(code, year) : null;
    }

    private static MemberFigures members(MemberStock.Count now, MemberStock.Count then, ReportPeriod term) {
        return new MemberFigures(now.full(), now.probationary(), now.total(), term.label(), term.from(), then.full(),
                then.probationary(), then.total(), now.total() - then.total());
    }

    private static AdmissionFigures admissions(FlowReports.Admissions inPeriod, FlowReports.Admissions inTerm,
                                               ReportPeriod term, List<FlowReports.Target> targets) {
        return new AdmissionFigures(inPeriod.admitted(), inPeriod.readmitted(), term.label(), inTerm.admitted(), targets);
    }

    private static ExitFigures exits(Map<ExitKind, Long> byKind) {
        return new ExitFigures(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind);
    }

    private <F> Section<F> dated(DatedTree.Unit unit, LocalDate day, F figures, List<DatedTree.Unit> children,
                                 Function<String, F> childFigures) {
        List<Section.Child<F>> rows = new ArrayList<>();
        for (DatedTree.Unit c : children) {
            rows.add(new Section.Child<>(c.code(), c.name(), childFigures.apply(c.code())));
        }
        return new Section<>(unit.code(), unit.name(), null, null, null, day, freshness.completeUpTo(), figures, rows,
                freshness.watermarks(List.of(Freshness.MEMBERSHIP)));
    }

    private <F> Section<F> flow(String code, ReportPeriod period, F figures, Function<String, F> childFigures) {
        return flow(code, period, null, figures, childFigures);
    }

    /** A flow section whose freshness is that of {@code topic} (membership.events when null). */
    private <F> Section<F> flow(String code, ReportPeriod period, String topic, F figures, Function<String, F> childFigures) {
        String name = tree.nameBefore(code, period.until());
        List<Section.Child<F>> rows = new ArrayList<>();
        for (DatedTree.Unit c : tree.childrenDuring(code, period.from(), period.until())) {
            rows.add(new Section.Child<>(c.code(), c.name(), childFigures.apply(c.code())));
        }
        return new Section<>(code, name, period.label(), period.from(), period.to(), null,
                topic == null ? freshness.completeUpTo() : freshness.completeUpTo(topic), figures, rows,
                freshness.watermarks(topic == null ? List.of(Freshness.MEMBERSHIP) : List.of(Freshness.MEMBERSHIP, topic)));
    }

    /** Reads a period parameter: 400 naming {@code field} when it names no period. */
    public static ReportPeriod period(String field, String text) {
        try {
            return ReportPeriod.parse(text);
        } catch (ReportPeriod.InvalidPeriod e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** Figures of a child without any rows. */
    private static final class FlowReportsNone {
        static final FlowReports.Admissions ADMISSIONS = new FlowReports.Admissions(0, 0);
        static final FlowReports.Transfers TRANSFERS = new FlowReports.Transfers(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
