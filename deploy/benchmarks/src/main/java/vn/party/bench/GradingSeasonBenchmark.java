package vn.party.bench;

import vn.party.testsupport.TestTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * "Grading season": on a generated province of 230,000 members (as {@link ProvinceEndpointsBenchmark} builds it), each
 * through the service's HTTP API as the province admin, against the same work done in SQL on the same durable
 * PostgreSQL in the same run:
 * <ul>
 * <li>bulk entry: a whole base organisation's member grades in one {@code PUT /grading-rounds/{id}/members}; in SQL,
 * the same draft rows inserted, with one audit row each, in one transaction;</li>
 * <li>closing a round of 500 members ({@code POST /grading-rounds/{id}/close}: the drafts made final, one event each);
 * in SQL, the same update on a copy of those drafts and one outbox row each, in one transaction;</li>
 * <li>the grading summary of the province for a year every member was graded in ({@code GET /gradings/summary}); in
 * SQL, the summary's own aggregate.</li>
 * </ul>
 * Each timed {@code runs} times after a warm-up (a new round per run for the writes), p50 and p95.
 *
 * <pre>deploy/suite bench grading [members, default 230000] [runs, default 5]</pre>
 * (the lead wires the {@code grading} word into deploy/suite; MembershipBenchmark runs it in any case)
 */
public final class GradingSeasonBenchmark {

    private static final String TOKEN = TestTokens.token("bench-province-admin", "bn", "province-admin");
    private static final String V = "/api/membership/v1";
    private static final int ROUND_OF = 500;

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 230_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("party-bench-grading");
        int year = LocalDate.now().getYear() - 1;
        System.out.printf("grading season benchmark: %d members, %d runs after a warm-up, grading year %d; durable PostgreSQL%n",
                members, runs, year);
        List<String[]> table = new ArrayList<>();
        try (BenchStack stack = BenchStack.start(work, BenchStack.DURABLE)) {
            List<String> bases;
            try (Connection c = stack.connect()) {
                new SubtreeQueriesBenchmark.Loader(c, members).load();
                bases = baseCommittees(c);
                long t0 = System.nanoTime();
                long graded = gradeTheProvince(c, year - 1);
                System.out.printf("load: the province graded for %d by SQL (%d member gradings, closed rounds) in %.1f s%n",
                        year - 1, graded, SubtreeQueriesBenchmark.secs(t0));
            }
            // the base organisations each write run uses: the bulk entries one each, the closings one each, filled to 500
            List<String> entries = bases.subList(0, runs + 1);
            List<String> closings = bases.subList(runs + 1, 2 * (runs + 1));
            try (Connection c = stack.connect()) {
                for (String base : closings) {
                    fillTo(c, base, year, ROUND_OF, bases.subList(2 * (runs + 1), bases.size()));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("vacuum analyze");
                }
            }
            SubtreeQueriesBenchmark.Service service = stack.service();
            try (Connection c = stack.connect();
                 KeepAliveHttp http = new KeepAliveHttp(service.base)) {
                bulkEntry(c, http, entries, year, table);
                closing(c, http, closings, year, table);
                summary(c, http, year - 1, runs, table);
            } finally {
                service.stop();
            }
        }
        System.out.println();
        System.out.printf("| %-52s | %9s | %9s | %9s | %9s | %7s |%n", "grading season (province admin)", "p50 ms", "p95 ms",
                "SQL p50", "SQL p95", "ratio");
        System.out.printf("|%s|%s|%s|%s|%s|%s|%n", "-".repeat(54), "-".repeat(11), "-".repeat(11), "-".repeat(11), "-".repeat(11),
                "-".repeat(9));
        for (String[] row : table) {
            System.out.printf("| %-52s | %9s | %9s | %9s | %9s | %7s |%n", (Object[]) row);
        }
        System.out.println("benchmark: logs in " + work);
    }

    // ------------------------------------------------------------------------------------------- the three works

    private static void bulkEntry(Connection c, KeepAliveHttp http, List<String> bases, int year, List<String[]> table) throws Exception {
        double[] service = new double[bases.size() - 1];
        double[] sql = new double[bases.size() - 1];
        int rows = 0;
        for (int i = 0; i < bases.size(); i++) {
            String round = open(http, bases.get(i), year);
            List<String> ids = officials(c, bases.get(i), year);
            rows = ids.size();
            String body = grades(ids);
            long t0 = System.nanoTime();
            KeepAliveHttp.Response r = http.send("PUT", V + "/grading-rounds/" + round + "/members", TOKEN, body);
            double ms = (System.nanoTime() - t0) / 1e6;
            expect(r, 200, "bulk entry");
            double baseline = sqlEntry(c, ids, year);
            if (i > 0) {
                service[i - 1] = ms;
                sql[i - 1] = baseline;
            }
            System.out.printf("  bulk entry of %s: %d grades, service %.0f ms, SQL %.0f ms%n", bases.get(i), ids.size(), ms, baseline);
        }
        table.add(row("bulk entry of a base organisation (~" + rows + " grades)", service, sql));
    }

    private static void closing(Connection c, KeepAliveHttp http, List<String> bases, int year, List<String[]> table) throws Exception {
        double[] service = new double[bases.size() - 1];
        double[] sql = new double[bases.size() - 1];
        for (int i = 0; i < bases.size(); i++) {
            String round = open(http, bases.get(i), year);
            List<String> ids = officials(c, bases.get(i), year);
            expect(http.send("PUT", V + "/grading-rounds/" + round + "/members", TOKEN, grades(ids)), 200, "grades of the round");
            double baseline = sqlClose(c, round);
            long t0 = System.nanoTime();
            KeepAliveHttp.Response r = http.send("POST", V + "/grading-rounds/" + round + "/close", TOKEN, "{}");
            double ms = (System.nanoTime() - t0) / 1e6;
            expect(r, 200, "closing");
            if (i > 0) {
                service[i - 1] = ms;
                sql[i - 1] = baseline;
            }
            System.out.printf("  closing %s: %d members, service %.0f ms, SQL %.0f ms%n", bases.get(i), ids.size(), ms, baseline);
        }
        table.add(row("closing a round of " + ROUND_OF + " members", service, sql));
    }

    private static void summary(Connection c, KeepAliveHttp http, int year, int runs, List<String[]> table) throws Exception {
        double[] service = new double[runs];
        double[] sql = new double[runs];
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            KeepAliveHttp.Response r = http.send("GET", V + "/gradings/summary?year=" + year, TOKEN, null);
            double ms = (System.nanoTime() - t0) / 1e6;
            expect(r, 200, "summary");
            long t1 = System.nanoTime();
            // the two statements the service runs (GradingReports.summary), for the province
            try (PreparedStatement s = c.prepareStatement("""
                    select g.subject_kind, g.grade, u.kind, count(*)
                    from grading g join org_unit u on u.id = g.unit_id
                    where g.year = ? and g.is_current and g.is_final and u.path <@ cast('bn' as ltree)
                    group by g.subject_kind, g.grade, u.kind""");
                 PreparedStatement rounds = c.prepareStatement("""
                    select count(*) filter (where r.status = 'OPEN'), count(*) filter (where r.status = 'CLOSED')
                    from grading_round r join org_unit u on u.id = r.unit_id
                    where r.year = ? and u.path <@ cast('bn' as ltree)""")) {
                s.setInt(1, year);
                drain(s.executeQuery());
                rounds.setInt(1, year);
                drain(rounds.executeQuery());
            }
            double baseline = (System.nanoTime() - t1) / 1e6;
            if (i == -1) {
                System.out.printf("  summary of the province for %d: %.300s%n", year, r.body());
            } else {
                service[i] = ms;
                sql[i] = baseline;
            }
        }
        table.add(row("grading summary of the province (" + year + ")", service, sql));
    }

    // ------------------------------------------------------------------------------------------- SQL baselines

    /** The drafts a bulk entry writes, and its audit rows, into scratch copies of the tables, in one transaction. */
    private static double sqlEntry(Connection c, List<String> ids, int year) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists scratch_grading (like grading including all)");
            s.execute("create table if not exists scratch_audit (like audit_log including all)");
        }
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement g = c.prepareStatement("""
                insert into scratch_grading (id, round_id, year, subject_kind, member_id, unit_id, grade, score, grading_version,
                                             is_final, is_current, recorded_on, recorded_at, recorded_by)
                select gen_random_uuid(), gen_random_uuid(), ?, 'MEMBER', m.id, m.unit_id, 'GOOD', 80, 1, false, true,
                       current_date, now(), 'bench'
                from member m where m.id = any(cast(? as uuid[]))""");
             PreparedStatement a = c.prepareStatement("""
                insert into scratch_audit (at, actor, action, entity_type, entity_id, detail)
                select now(), 'bench', 'grading.entered', 'grading', e, jsonb_build_object('grade', 'GOOD', 'score', 80)
                from unnest(cast(? as text[])) e""")) {
            g.setInt(1, year);
            g.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            g.executeUpdate();
            a.setArray(1, c.createArrayOf("text", ids.toArray()));
            a.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The round's drafts made final in a scratch copy, with one outbox row each, in one transaction. */
    private static double sqlClose(Connection c, String round) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists scratch_closing (like grading including all)");
            s.execute("create table if not exists scratch_outbox (like outbox_event including all)");
            s.execute("insert into scratch_closing select * from grading where round_id = '" + round + "'");
        }
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement u = c.prepareStatement(
                "update scratch_closing set is_final = true, recorded_on = current_date where round_id = cast(? as uuid) and is_current and not is_final");
             PreparedStatement o = c.prepareStatement("""
                insert into scratch_outbox (event_id, topic, event_key, event_type, payload, created_at)
                select gen_random_uuid(), 'membership.events', g.member_id::text, 'membership.grading.finalised.v1',
                       jsonb_build_object('memberId', g.member_id, 'fullName', m.full_name, 'unitCode', u.code,
                                          'unitPath', string_to_array(u.path::text, '.'), 'year', g.year, 'grade', g.grade,
                                          'score', g.score), now()
                from scratch_closing g join member m on m.id = g.member_id join org_unit u on u.id = g.unit_id
                where g.round_id = cast(? as uuid)""")) {
            u.setString(1, round);
            u.executeUpdate();
            o.setString(1, round);
            o.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        return (System.nanoTime() - t0) / 1e6;
    }

    // ------------------------------------------------------------------------------------------- data

    private static List<String> baseCommittees(Connection c) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select code from org_unit where kind = 'BASE_COMMITTEE' order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** A closed round for every base organisation and a final grading for every official member, for {@code year}. */
    private static long gradeTheProvince(Connection c, int year) throws Exception {
        c.setAutoCommit(false);
        long graded;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into grading_round (id, unit_id, year, regulation, status, closed_on, closed_by, created_at, created_by,
                                               updated_at, updated_by)
                    select gen_random_uuid(), id, %d, 'bench', 'CLOSED', make_date(%d, 12, 20), 'bench', now(), 'bench', now(), 'bench'
                    from org_unit where kind in ('BASE_COMMITTEE', 'BASE_CELL')""".formatted(year, year));
            graded = s.executeUpdate("""
                    insert into grading (id, round_id, year, subject_kind, member_id, unit_id, grade, grading_version, is_final,
                                         is_current, recorded_on, recorded_at, recorded_by)
                    select gen_random_uuid(), r.id, %d, 'MEMBER', o.member_id, o.unit_id,
                           (array['EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'COMPLETED', 'COMPLETED', 'NOT_COMPLETED'])
                               [1 + abs(hashtext(o.member_id::text)) %% 10],
                           1, true, true, make_date(%d, 12, 20), now(), 'bench'
                    from grading_round r join org_unit b on b.id = r.unit_id
                    cross join lateral official_members_on(b.path, make_date(%d, 12, 31)) o
                    where r.year = %d""".formatted(year, year, year, year));
        }
        c.commit();
        c.setAutoCommit(true);
        return graded;
    }

    /**
     * Moves official members (one placement each, full since before the year) from the donors' cells into the base
     * organisation's first cell until it has {@code size} officials on 31 December of the year: a round of that size.
     */
    private static void fillTo(Connection c, String base, int year, int size, List<String> donors) throws Exception {
        List<String> have = officials(c, base, year);
        int missing = size - have.size();
        if (missing <= 0) {
            return;
        }
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("""
                with cell as (select id from org_unit where code = ? || '_c01'),
                moved as (
                    select m.id from member m join org_unit u on u.id = m.unit_id
                    where m.status = 'FULL' and m.confirmed_on < make_date(?, 1, 1)
                      and split_part(u.path::text, '.', 3) = any(cast(? as text[]))
                      and (select count(*) from member_placement p where p.member_id = m.id) = 1
                    order by m.id limit ?),
                placed as (update member_placement p set unit_id = (select id from cell) from moved where p.member_id = moved.id)
                update member m set unit_id = (select id from cell) from moved where m.id = moved.id""")) {
            s.setString(1, base);
            s.setInt(2, year);
            s.setArray(3, c.createArrayOf("text", donors.toArray()));
            s.setInt(4, missing);
            s.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        int now = officials(c, base, year).size();
        if (now < size) {
            throw new IllegalStateException(base + " has " + now + " officials after the move, not " + size);
        }
    }

    private static List<String> officials(Connection c, String base, int year) throws Exception {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select o.member_id from org_unit b cross join lateral official_members_on(b.path, make_date(?, 12, 31)) o
                join member m on m.id = o.member_id
                where b.code = ? and (m.admitted_on is null or m.admitted_on <= make_date(?, 6, 30))
                order by o.member_id""")) {
            // members admitted in the year's second half are not graded (124-QĐ/TW 5.2): the service refuses them
            s.setInt(1, year);
            s.setString(2, base);
            s.setInt(3, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------------------------------- HTTP

    private static String open(KeepAliveHttp http, String base, int year) throws Exception {
        KeepAliveHttp.Response r = http.send("POST", V + "/grading-rounds", TOKEN, "{\"unitCode\":\"" + base + "\",\"year\":" + year + "}");
        expect(r, 201, "opening a round of " + base);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no round id in " + r.body());
        }
        return m.group(1);
    }

    /** Every member GOOD (score 80) but one in ten EXCELLENT (score 95): under the 20% cap on excellent. */
    private static String grades(List<String> ids) {
        IntFunction<String> row = i -> i % 10 == 0
                ? "{\"memberId\":\"" + ids.get(i) + "\",\"grade\":\"EXCELLENT\",\"score\":95}"
                : "{\"memberId\":\"" + ids.get(i) + "\",\"grade\":\"GOOD\",\"score\":80}";
        StringBuilder sb = new StringBuilder("{\"grades\":[");
        for (int i = 0; i < ids.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(row.apply(i));
        }
        return sb.append("]}").toString();
    }

    private static void expect(KeepAliveHttp.Response r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body().substring(0, Math.min(600, r.body().length())));
        }
    }

    private static void drain(ResultSet rs) throws Exception {
        try (rs) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static String[] row(String name, double[] service, double[] sql) {
        double p50 = percentile(service, 0.5);
        double s50 = percentile(sql, 0.5);
        return new String[] {name, String.format("%.0f", p50), String.format("%.0f", percentile(service, 0.95)),
                String.format("%.0f", s50), String.format("%.0f", percentile(sql, 0.95)), String.format("%.1f x", p50 / Math.max(0.1, s50))};
    }

    private static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
    }
}
