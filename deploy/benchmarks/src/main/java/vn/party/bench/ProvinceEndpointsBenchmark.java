package vn.party.bench;

import vn.party.testsupport.TestTokens;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * "Every list and report of membership on a province of 230,000 members": the province generated straight into
 * the service's tables (15 districts, 1,500 base organisations, 10,050 cells, members with status histories and
 * placements, by COPY as {@link SubtreeQueriesBenchmark} does), then every membership list and report endpoint
 * asked by the province admin for the whole province, through HTTP: p50 and p95 of {@code runs} runs after one
 * warm-up, and the statuses seen. Fails (exit 1) when any answer is a 5xx other than the clear 503
 * {@code report.time-limit} problem.
 *
 * <pre>deploy/suite bench endpoints [members, default 230000] [runs, default 10]</pre>
 */
public final class ProvinceEndpointsBenchmark {

    private static final String TOKEN = TestTokens.token("bench-province-admin", "bn", "province-admin");

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 230_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("party-bench-endpoints");
        System.out.printf("province endpoints benchmark: %d members, %d runs an endpoint after one warm-up, as the province admin%n",
                members, runs);
        List<Row> table;
        try (BenchStack stack = BenchStack.start(work, Map.of())) {
            SubtreeQueriesBenchmark.Service service;
            String cell;
            try (Connection c = stack.connect()) {
                new SubtreeQueriesBenchmark.Loader(c, members).load();
                cell = ImportBenchmark.cells(c).get(0);
            }
            service = stack.service();
            try {
                table = measure(service, endpoints(cell), runs);
            } finally {
                service.stop();
            }
        }
        print(table);
        System.out.println("benchmark: logs in " + work);
        if (table.stream().anyMatch(Row::broken)) {
            throw new IllegalStateException("an endpoint answered a 5xx other than the 503 report.time-limit problem (see above)");
        }
    }

    /** Every GET list or report of membership, for the whole province where it takes a unit. */
    static List<String[]> endpoints(String cell) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        String month = today.minusMonths(1).toString().substring(0, 7);
        String v = "/api/membership/v1";
        return List.of(
                new String[] {"members, first page of 50", v + "/members?limit=50"},
                new String[] {"members, page of 500", v + "/members?limit=500"},
                new String[] {"members named 'nguyen thi'", v + "/members?name=nguyen%20thi&limit=50"},
                new String[] {"members FULL, admitted 2010, aged 40-60", v + "/members?status=FULL&admissionYear=2010&ageFrom=40&ageTo=60"},
                new String[] {"org units under the province, 500", v + "/org-units?under=bn&limit=500"},
                new String[] {"org units as of 2015-01-01, 500", v + "/org-units/as-of?date=2015-01-01&limit=500"},
                new String[] {"headcount of the province today", v + "/headcounts/bn"},
                new String[] {"headcount of the province 2015-01-01", v + "/headcounts/bn?date=2015-01-01"},
                new String[] {"admissions due for confirmation (90 d)", v + "/admissions/due-for-confirmation?withinDays=90"},
                new String[] {"admissions overdue", v + "/admissions/overdue"},
                new String[] {"admission progress " + year, v + "/admissions/progress?period=" + year},
                new String[] {"badges due next 3 Feb", v + "/badges/due?presentationDate=" + (year + 1) + "-02-03"},
                new String[] {"dues arrears " + year, v + "/dues/arrears?year=" + year},
                new String[] {"dues arrears " + year + ", flagged", v + "/dues/arrears?year=" + year + "&flagged=true"},
                new String[] {"dues collection sheet of a cell", v + "/dues/collections/" + cell + "/" + month},
                new String[] {"grading rounds " + (year - 1), v + "/grading-rounds?year=" + (year - 1)},
                new String[] {"grading summary " + (year - 1), v + "/gradings/summary?year=" + (year - 1)},
                new String[] {"meeting attendance, 6 months", v + "/meetings/attendance?from=" + today.minusMonths(6).toString().substring(0, 7)
                        + "&to=" + month},
                new String[] {"meeting compliance, last month", v + "/meetings/compliance?month=" + month},
                new String[] {"meetings missed, 6 months", v + "/meetings/missed?from=" + today.minusMonths(6).toString().substring(0, 7)
                        + "&to=" + month},
                new String[] {"transfers", v + "/transfers?limit=50"},
                new String[] {"transfers overdue", v + "/transfers?overdue=true"});
    }

    record Row(String name, double p50, double p95, String statuses, boolean broken) {
    }

    static List<Row> measure(SubtreeQueriesBenchmark.Service service, List<String[]> endpoints, int runs) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String[] e : endpoints) {
            double[] ms = new double[runs];
            java.util.TreeMap<Integer, Integer> statuses = new java.util.TreeMap<>();
            boolean broken = false;
            for (int i = -1; i < runs; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r;
                try {
                    r = service.get(e[1], TOKEN);
                } catch (java.net.http.HttpTimeoutException timeout) {
                    statuses.merge(-1, 1, Integer::sum);
                    broken = true;
                    System.out.printf("  %s: no answer within 60 s%n", e[0]);
                    continue;
                }
                double took = (System.nanoTime() - t0) / 1e6;
                if (i >= 0) {
                    ms[i] = took;
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                }
                boolean timeLimit = r.statusCode() == 503 && r.body().contains("report.time-limit");
                if (r.statusCode() >= 500 && !timeLimit) {
                    broken = true;
                    System.out.printf("  %s answered %d: %.300s%n", e[0], r.statusCode(), r.body());
                } else if (r.statusCode() != 200 && i == -1) {
                    System.out.printf("  %s answered %d: %.200s%n", e[0], r.statusCode(), r.body());
                }
            }
            Arrays.sort(ms);
            Row row = new Row(e[0], ms[Math.max(0, (int) Math.ceil(runs * 0.5) - 1)], ms[Math.max(0, (int) Math.ceil(runs * 0.95) - 1)],
                    statuses.toString(), broken);
            System.out.printf("  %-44s p50 %8.1f ms  p95 %8.1f ms  %s%n", row.name, row.p50, row.p95, row.statuses);
            rows.add(row);
        }
        return rows;
    }

    static void print(List<Row> table) {
        System.out.println();
        System.out.printf("| %-44s | %9s | %9s | %s |%n", "endpoint (province admin, whole province)", "p50 ms", "p95 ms", "statuses");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(11), "-".repeat(11), "-".repeat(12));
        for (Row r : table) {
            System.out.printf("| %-44s | %9.0f | %9.0f | %s%s |%n", r.name, r.p50, r.p95, r.statuses, r.broken ? " BROKEN" : "");
        }
    }
}
