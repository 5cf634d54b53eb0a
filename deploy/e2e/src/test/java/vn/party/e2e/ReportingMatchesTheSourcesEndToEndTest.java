package vn.party.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.party.e2e.demo.DemoData;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service's figures for the demo province, recomputed from the source services' own APIs (membership's
 * official headcounts and grading summary, inspection's list of discipline decisions and of suspensions) as a
 * committee office would check them by hand: they must be the same numbers. Reporting is fed by events, so each
 * comparison is given a minute to settle before it fails.
 */
class ReportingMatchesTheSourcesEndToEndTest {

    private static final SuiteClient SUITE = new SuiteClient(System.getProperty("e2e.gateway", "http://127.0.0.1:8080"));
    private static final String REPORTING = "/api/reporting/v1/units/" + DemoData.PROVINCE;
    private static final List<String> GRADES = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

    private final String province = SUITE.token("province-admin", "demo");

    @Test
    void membersOnADayAreMembershipsOfficialHeadcountForTheProvinceAndEachUnitUnderIt() throws InterruptedException {
        String day = "2026-11-01";
        JsonNode headcount = ok("/api/membership/v1/headcounts/" + DemoData.PROVINCE + "?date=" + day);
        Map<String, String> source = new TreeMap<>();
        source.put(DemoData.PROVINCE, counts(headcount));
        headcount.path("units").forEach(u -> source.put(u.path("unitCode").asText(), counts(u)));
        assertThat(source.get(DemoData.PROVINCE)).as("the demo province has members").doesNotStartWith("0/");

        settles(source, () -> {
            JsonNode report = ok(REPORTING + "/members?date=" + day);
            Map<String, String> figures = new TreeMap<>();
            figures.put(DemoData.PROVINCE, counts(report.path("figures")));
            report.path("children").forEach(c -> figures.put(c.path("unitCode").asText(), counts(c.path("figures"))));
            return figures;
        });
    }

    @Test
    void theGradingOfAYearIsMembershipsGradingSummaryGradeByGrade() throws InterruptedException {
        JsonNode summary = ok("/api/membership/v1/gradings/summary?unit=" + DemoData.PROVINCE + "&year=2025");
        Map<String, Long> source = grades(summary.path("members"), "members.");
        source.putAll(grades(summary.path("baseOrganisations"), "baseOrganisations."));
        source.put("membersGraded", summary.path("membersGraded").asLong());
        source.put("baseOrganisationsGraded", summary.path("baseOrganisationsGraded").asLong());
        assertThat(source.get("membersGraded")).as("the demo grades 2025").isPositive();

        settles(source, () -> {
            JsonNode figures = ok(REPORTING + "/grading?year=2025").path("figures");
            Map<String, Long> reported = grades(figures.path("members"), "members.");
            reported.putAll(grades(figures.path("baseOrganisations"), "baseOrganisations."));
            reported.put("membersGraded", figures.path("membersGraded").asLong());
            reported.put("baseOrganisationsGraded", figures.path("baseOrganisationsGraded").asLong());
            return reported;
        });
    }

    @Test
    void disciplineOfAYearIsInspectionsDecisionsOfThatYearCountedByForm() throws InterruptedException {
        Map<String, Long> source = new TreeMap<>();
        for (JsonNode d : all("/api/inspection/v1/discipline-decisions?limit=100")) {
            // a decision annulled on appeal has no form in force and is not counted
            if (d.path("effectiveOn").asText().startsWith("2026") && d.path("formInForce").isTextual()) {
                source.merge(d.path("formInForce").asText(), 1L, Long::sum);
                source.merge("total", 1L, Long::sum);
            }
        }
        assertThat(source.get("total")).as("the demo decides discipline in 2026").isNotNull().isPositive();

        settles(source, () -> {
            JsonNode figures = ok(REPORTING + "/discipline?period=2026").path("figures");
            Map<String, Long> reported = new TreeMap<>();
            figures.path("byForm").fields().forEachRemaining(f -> {
                if (f.getValue().asLong() > 0) {
                    reported.put(f.getKey(), f.getValue().asLong());
                }
            });
            reported.put("total", figures.path("total").asLong());
            return reported;
        });
    }

    @Test
    void suspensionsStartedInATermAreInspectionsSuspensionsStartedInIt() throws InterruptedException {
        long started = all("/api/inspection/v1/suspensions?limit=100").stream()
                .map(s -> s.path("startsOn").asText())
                .filter(on -> on.compareTo("2025-01-01") >= 0 && on.compareTo("2030-01-01") < 0).count();
        assertThat(started).as("the demo suspends a member in 2026").isPositive();

        settles(started, () -> ok(REPORTING + "/suspensions?period=2025-2030").path("figures").path("started").asLong());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String counts(JsonNode n) {
        return n.path("full").asLong() + "/" + n.path("probationary").asLong() + "/" + n.path("total").asLong();
    }

    /** Every grade, with 0 for a grade nobody got (membership leaves those out, reporting writes them). */
    private static Map<String, Long> grades(JsonNode byGrade, String prefix) {
        Map<String, Long> m = new TreeMap<>();
        for (String g : GRADES) {
            m.put(prefix + g, byGrade.path(g).asLong(0));
        }
        return m;
    }

    private <T> void settles(T source, Supplier<T> reported) throws InterruptedException {
        T last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            last = reported.get();
            if (source.equals(last)) {
                return;
            }
            Thread.sleep(2_000);
        }
        assertThat(last).as("reporting's figures against the source's").isEqualTo(source);
    }

    private JsonNode ok(String path) {
        SuiteClient.Response r = SUITE.get(path, province);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    /** Every item of a keyset-paged list. */
    private List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = ok(path + (after == null ? "" : "&after=" + after));
            for (Iterator<JsonNode> it = page.path("items").elements(); it.hasNext(); ) {
                items.add(it.next());
            }
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return items;
    }
}
