package vn.party.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.time.VietnamTime;
import vn.party.reporting.activity.ActivityReports;
import vn.party.reporting.cadre.CadreReports;
import vn.party.reporting.inspection.InspectionReports;
import vn.party.reporting.inspection.InspectionStatistics;
import vn.party.reporting.flows.FlowReports;
import vn.party.reporting.grading.GradingReports;
import vn.party.reporting.period.ReportPeriod;
import vn.party.reporting.tree.OrganisationCounts;

import java.time.LocalDate;

/**
 * The report API: a section per report line of the committees' periodic reports, and a summary with every
 * section, for a unit's subtree. JSON by default; {@code Accept: text/csv} or the {@code export.csv} path gives
 * CSV, the XLSX media type or {@code export.xlsx} a workbook. Aggregates only: no person is named. A unit
 * outside the caller's subtree answers 404.
 */
@Path("/units/{code}")
@Produces({MediaType.APPLICATION_JSON, ReportCsv.TEXT_CSV, ReportXlsx.XLSX})
@Tag(name = "Reports", description = "Báo cáo: the figures committees file, for any unit, period and date, "
        + "rolled up the tree as it stood then")
@RolesAllowed({Roles.PROVINCE_ADMIN, Roles.UNIT_ADMIN, Roles.INSPECTOR, Roles.ORGANISER, Roles.VIEWER})
public class ReportResource {

    static final String PERIOD = "A month (2026-03), quarter (2026-Q1), half year (2026-H1), nine months (2026-9M), "
            + "year (2026), congress term (2020-2025: 1 Jan 2020 up to 1 Jan 2025) or range of days "
            + "(2026-01-15..2026-02-20, both included)";

    @Inject
    Reports reports;

    @Inject
    InspectionStatistics inspectionStatistics;

    @GET
    @Path("/members")
    @Operation(summary = "Members on a date", description = "Full and probationary members (official counts) of the "
            + "unit's subtree on the date, by the tree of that date, with the change since the congress term began; "
            + "by unit directly below. 404 when the unit lies outside your subtree or did not exist on that date.")
    public Section<Reports.MemberFigures> members(@PathParam("code") String code,
                                                  @Parameter(description = "yyyy-mm-dd; today when absent") @QueryParam("date") String date) {
        return reports.members(code, date("date", date));
    }

    @GET
    @Path("/organisations")
    @Operation(summary = "Base organisations and cells on a date", description = "Base organisations by organisation "
            + "type and by kind, and cells, that stood below the unit on the date; by unit directly below.")
    public Section<OrganisationCounts.Organisations> organisations(@PathParam("code") String code,
                                                                   @Parameter(description = "yyyy-mm-dd; today when absent") @QueryParam("date") String date) {
        return reports.organisations(code, date("date", date));
    }

    @GET
    @Path("/admissions")
    @Operation(summary = "Admissions in a period, against targets", description = "Admissions decided in the period "
            + "in cells under the unit on the decision's day; since the congress term began; and each target set for "
            + "the unit (a year or a term overlapping the period) with the admissions counted in it up to the period's "
            + "end, as a percentage with two decimals.")
    public Section<Reports.AdmissionFigures> admissions(@PathParam("code") String code,
                                                        @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.admissions(code, period(period));
    }

    @GET
    @Path("/transfers")
    @Operation(summary = "Transfers in and out in a period", description = "Permanent transfers into the subtree "
            + "(from elsewhere in the province or from another province) and out of it, by the tree of each transfer's "
            + "day; moves between two cells of the subtree are neither. Those caused by restructuring are also counted apart.")
    public Section<FlowReports.Transfers> transfers(@PathParam("code") String code,
                                                    @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.transfers(code, period(period));
    }

    @GET
    @Path("/exits")
    @Operation(summary = "Exits in a period by kind", description = "Members struck off, released, expelled and "
            + "deceased in the period in cells under the unit on that day (transfers out of the province are transfers).")
    public Section<Reports.ExitFigures> exits(@PathParam("code") String code,
                                              @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.exits(code, period(period));
    }

    @GET
    @Path("/meetings")
    @Operation(summary = "Meetings, attendance and missed months in a period", description = "Regular and thematic "
            + "meetings held, attendance rates of members and of committee members (%, two decimals), and cells that "
            + "missed their regular meeting in a month, or a thematic meeting in a quarter, that lies wholly in the period "
            + "and is over.")
    public Section<ActivityReports.Meetings> meetings(@PathParam("code") String code,
                                                      @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.meetings(code, period(period));
    }

    @GET
    @Path("/dues")
    @Operation(summary = "Dues collected in a period", description = "Dues paid for the months that begin in the "
            + "period (amount in đồng and payments), and the months of members in the official count at a month's end "
            + "(months wholly in the period and over) with no payment.")
    public Section<ActivityReports.Dues> dues(@PathParam("code") String code,
                                              @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.dues(code, period(period));
    }

    @GET
    @Path("/grading")
    @Operation(summary = "Annual grading of members and organisations", description = "Final gradings of the year "
            + "(the latest correction of each), by grade of that year's scale (\"clean and strong\" for organisations "
            + "up to 2017), by the tree of 31 December of the year.")
    public Section<GradingReports.Grades> grading(@PathParam("code") String code,
                                                  @Parameter(description = "The year graded, e.g. 2025", required = true) @QueryParam("year") String year) {
        return reports.grading(code, year("year", year));
    }

    @GET
    @Path("/inspections")
    @Operation(summary = "Inspections and supervisions in a period", description = "Kiểm tra, giám sát: cases decided "
            + "in the period by bodies under the unit (on the decision's day), for each activity by kind, planned or "
            + "surprise (not in the plan) and the body's level, with the organisations, members and committee members "
            + "covered; conclusions in the period with the violations found; cases closed; follow-up actions overdue.")
    public Section<InspectionReports.Inspections> inspections(@PathParam("code") String code,
                                                              @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.inspections(code, period(period));
    }

    @GET
    @Path("/discipline")
    @Operation(summary = "Discipline in a period by form and issuing body", description = "Kỷ luật: decisions dated in "
            + "the period about members and organisations under the unit on that day, by form as currently known (after "
            + "appeals), by the issuing body's level and kind; decisions annulled on appeal; appeals decided in the "
            + "period by outcome.")
    public Section<InspectionReports.Discipline> discipline(@PathParam("code") String code,
                                                            @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.discipline(code, period(period));
    }

    @GET
    @Path("/denunciations")
    @Operation(summary = "Denunciations and complaints in a period", description = "Tố cáo, khiếu nại: received and "
            + "resolved in the period by bodies under the unit, by kind and outcome, and those resolved on time.")
    public Section<InspectionReports.Denunciations> denunciations(@PathParam("code") String code,
                                                                  @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.denunciations(code, period(period));
    }

    @GET
    @Path("/suspensions")
    @Operation(summary = "Suspensions in a period", description = "Đình chỉ sinh hoạt đảng: started and ended in the "
            + "period, and in force on its last day (today when the period is not over).")
    public Section<InspectionReports.Suspensions> suspensions(@PathParam("code") String code,
                                                              @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.suspensions(code, period(period));
    }

    @GET
    @Path("/inspection-statistics")
    @Operation(summary = "The inspection sector's statistical tables for a period", description = "Biểu mẫu thống kê "
            + "ngành Kiểm tra: the standard in force on the period's last day (885-QĐ/UBKTTW from 2022-12-29, "
            + "357-QĐ/UBKTTW before, back to 2016) and whether it names the period as a reporting period; the tables the "
            + "events carry, named by content (inspections and supervisions by who ran them and kind, planned or surprise, "
            + "the body's level, organisations, members and committee members covered and with violations; discipline of "
            + "organisations and of members by form, issuing body and level; suspensions; denunciations and complaints "
            + "by outcome; follow-ups overdue), each with a row for the unit and one per unit directly below; and the "
            + "tables the events do not carry, with the reason. 422 inspection-statistics.no-standard-for-period for a "
            + "period ending before the first standard.")
    public InspectionStatistics.Statistics inspectionStatistics(@PathParam("code") String code,
                                                                @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return inspectionStatistics.statistics(code, period(period));
    }

    @GET
    @Path("/cadres")
    @Operation(summary = "Posts held on a date", description = "Cán bộ: posts held under the unit on the date, by level "
            + "and post, the cadres holding them with the shares of women, under 40 and ethnic minorities (%), and "
            + "cadres holding more than one post.")
    public Section<CadreReports.Cadres> cadres(@PathParam("code") String code,
                                               @Parameter(description = "yyyy-mm-dd; today when absent") @QueryParam("date") String date) {
        return reports.cadres(code, date("date", date));
    }

    @GET
    @Path("/planning")
    @Operation(summary = "Succession planning in a period", description = "Quy hoạch: entries added and taken out in the "
            + "period by term (those taken out for discipline apart), and the plans standing on its last day by term, "
            + "with the shares of women, young and ethnic-minority cadres.")
    public Section<CadreReports.Planning> planning(@PathParam("code") String code,
                                                   @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.planning(code, period(period));
    }

    @GET
    @Path("/training")
    @Operation(summary = "Training in a period", description = "Đào tạo, bồi dưỡng: enrolments and completions in the "
            + "period by programme kind, by the unit that runs the programme.")
    public Section<CadreReports.Training> training(@PathParam("code") String code,
                                                   @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.training(code, period(period));
    }

    @GET
    @Path("/appointments")
    @Operation(summary = "Appointments, reappointments and rotations in a period", description = "Bổ nhiệm, bổ nhiệm "
            + "lại, luân chuyển in the period (a rotation counts for the receiving unit, by direction).")
    public Section<CadreReports.Appointments> appointments(@PathParam("code") String code,
                                                           @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return reports.appointments(code, period(period));
    }

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.TEXT_CSV, ReportXlsx.XLSX, ReportPdf.PDF})
    @Operation(summary = "Every section for a period", description = "The unit's report in one document: flows over "
            + "the period, stock figures as of a date (the period's last day, or today if earlier), grading of the "
            + "period's last year. Members and organisations are absent when the unit did not exist on that date, grading "
            + "when it did not exist in the grading year.")
    public Reports.Summary summary(@PathParam("code") String code,
                                   @Parameter(description = PERIOD, required = true) @QueryParam("period") String period,
                                   @Parameter(description = "yyyy-mm-dd: the day of stock figures") @QueryParam("asOf") String asOf,
                                   @Parameter(description = "The year graded; the period's last year when absent")
                                   @QueryParam("gradingYear") String gradingYear) {
        LocalDate day = QueryParams.optionalDate("asOf", asOf);
        if (day != null) {
            checkYear("asOf", day.getYear());
        }
        Integer year = gradingYear == null || gradingYear.isBlank() ? null : year("gradingYear", gradingYear);
        return reports.summary(code, period(period), day, year);
    }

    @GET
    @Path("/{section}/export.csv")
    @Produces(ReportCsv.TEXT_CSV)
    @Operation(summary = "A section or the summary as a CSV file", description = "The same figures as the section's "
            + "JSON, with the same parameters, as a download (UTF-8): members, organisations, admissions, transfers, "
            + "exits, meetings, dues, grading, inspections, discipline, denunciations, suspensions, inspection-statistics, "
            + "cadres, planning, training, appointments or summary. A section has a row for the unit and one per unit below it; "
            + "the summary is in long form (section, unit, figure, value), the inspection statistics too (standard, table, "
            + "unit, figure, value).")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8",
            content = @Content(mediaType = ReportCsv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv(@PathParam("code") String code,
                              @Parameter(description = SECTIONS) @PathParam("section") String section,
                              @QueryParam("date") String date, @QueryParam("period") String period,
                              @QueryParam("year") String year, @QueryParam("asOf") String asOf,
                              @QueryParam("gradingYear") String gradingYear) {
        return download(code, section, "csv", ReportCsv.TEXT_CSV_UTF8, date, period, year, asOf, gradingYear);
    }

    @GET
    @Path("/{section}/export.xlsx")
    @Produces(ReportXlsx.XLSX)
    @Operation(summary = "A section or the summary as an XLSX workbook", description = "The table of the CSV export "
            + "in one worksheet, figures as numbers, streamed.")
    @APIResponse(responseCode = "200", description = "XLSX",
            content = @Content(mediaType = ReportXlsx.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@PathParam("code") String code,
                               @Parameter(description = SECTIONS) @PathParam("section") String section,
                               @QueryParam("date") String date, @QueryParam("period") String period,
                               @QueryParam("year") String year, @QueryParam("asOf") String asOf,
                               @QueryParam("gradingYear") String gradingYear) {
        return download(code, section, "xlsx", MediaType.valueOf(ReportXlsx.XLSX), date, period, year, asOf, gradingYear);
    }

    @GET
    @Path("/summary/export.pdf")
    @Produces(ReportPdf.PDF)
    @Operation(summary = "The summary as a printable PDF", description = "Báo cáo số liệu: the summary's figures laid "
            + "out like the committees' periodic report, in Vietnamese, with the font embedded. Same parameters as the "
            + "summary.")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = ReportPdf.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPdf(@PathParam("code") String code,
                              @Parameter(description = PERIOD, required = true) @QueryParam("period") String period,
                              @Parameter(description = "yyyy-mm-dd: the day of stock figures") @QueryParam("asOf") String asOf,
                              @Parameter(description = "The year graded; the period's last year when absent")
                              @QueryParam("gradingYear") String gradingYear) {
        Reports.Summary summary = summary(code, period, asOf, gradingYear);
        return Response.ok(summary, ReportPdf.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + code + "-summary.pdf\"").build();
    }

    static final String SECTIONS = "members, organisations, admissions, transfers, exits, meetings, dues, grading, "
            + "inspections, discipline, denunciations, suspensions, inspection-statistics, cadres, planning, training, "
            + "appointments or summary";

    private Response download(String code, String section, String extension, MediaType type, String date, String period,
                              String year, String asOf, String gradingYear) {
        Object report = switch (section) {
            case "members" -> members(code, date);
            case "organisations" -> organisations(code, date);
            case "admissions" -> admissions(code, period);
            case "transfers" -> transfers(code, period);
            case "exits" -> exits(code, period);
            case "meetings" -> meetings(code, period);
            case "dues" -> dues(code, period);
            case "grading" -> grading(code, year);
            case "inspections" -> inspections(code, period);
            case "discipline" -> discipline(code, period);
            case "denunciations" -> denunciations(code, period);
            case "suspensions" -> suspensions(code, period);
            case "inspection-statistics" -> inspectionStatistics(code, period);
            case "cadres" -> cadres(code, date);
            case "planning" -> planning(code, period);
            case "training" -> training(code, period);
            case "appointments" -> appointments(code, period);
            case "summary" -> summary(code, period, asOf, gradingYear);
            default -> throw ProblemException.notFound("report section " + section);
        };
        String file = code + "-" + section + "." + extension;
        return Response.ok(report, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private static ReportPeriod period(String text) {
        ReportPeriod period = Reports.period("period", text);
        return period;
    }

    private static LocalDate date(String field, String text) {
        LocalDate day = QueryParams.optionalDate(field, text);
        if (day == null) {
            return VietnamTime.today();
        }
        checkYear(field, day.getYear());
        return day;
    }

    private static int year(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required, a year such as 2025");
        }
        int year = QueryParams.integer(field, text);
        checkYear(field, year);
        return year;
    }

    private static void checkYear(String field, int year) {
        if (year < ReportPeriod.FIRST_YEAR || year > ReportPeriod.LAST_YEAR) {
            throw ProblemException.invalid(field, "years between " + ReportPeriod.FIRST_YEAR + " and " + ReportPeriod.LAST_YEAR);
        }
    }
}
