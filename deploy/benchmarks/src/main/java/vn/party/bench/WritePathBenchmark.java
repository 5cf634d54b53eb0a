package vn.party.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.party.testsupport.TestTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * "The write path near PostgreSQL's own ceiling": member registrations ({@code POST /api/membership/v1/members},
 * a full member with dates) sent straight to the membership-service fast-jar at rising concurrency, against
 * pgbench running the same transaction's SQL (the same reads and the same rows: member, two status rows,
 * placement, outbox row, audit row) against the same PostgreSQL in the same run. Both durable: {@code fsync} and
 * {@code synchronous_commit} on, as in production. Then the service at 70% of its best rate, paced (open loop:
 * latency counts from when a request was due, so a stall is not hidden), for the p99 the issue asks for.
 *
 * <pre>deploy/suite bench write [seconds-per-level] [levels, e.g. 1,4,8,16]</pre>
 *
 * The rows each registration writes are read from PostgreSQL's own counters ({@code pg_stat_user_tables}) and
 * printed beside pgbench's, so the two sides are seen to do the same work.
 */
public final class WritePathBenchmark {

    private static final String TOKEN = TestTokens.token("bench-writer", "bn", "province-admin");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Phan", "Đặng", "Bùi", "Đỗ"};
    private static final String[] GIVEN = {"Hùng", "Dũng", "Tuấn", "Hoa", "Lan", "Hương", "Thảo", "Đạt", "Huy", "Yến"};
    private static final String[] TABLES = {"member", "member_status_history", "member_placement", "outbox_event", "audit_log"};

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int[] levels = Arrays.stream((args.length > 1 ? args[1] : "1,4,8,16").split(",")).mapToInt(Integer::parseInt).toArray();
        int loaded = Integer.parseInt(System.getenv().getOrDefault("BENCH_MEMBERS", "20000"));
        requirePgbench();
        Path work = Files.createTempDirectory("party-bench-write");
        System.out.printf("write-path benchmark: %d s a level, concurrency %s, a province of %d members to start from; "
                + "durable PostgreSQL (fsync, synchronous_commit on)%n", seconds, Arrays.toString(levels), loaded);
        Map<String, String> config = new LinkedHashMap<>(BenchStack.DURABLE);
        config.put("max_connections", "100");
        // statements are logged only around one probe registration, to show the round trips it makes
        config.putAll(Map.of("logging_collector", "on", "log_directory", work.resolve("pglog").toString(), "log_filename", "postgres.log"));
        try (BenchStack stack = BenchStack.start(work, config)) {
            EmbeddedPostgres pg = stack.pg;
            SubtreeQueriesBenchmark.Service service;
            List<String> cells;
            try (Connection c = stack.connect()) {
                new SubtreeQueriesBenchmark.Loader(c, loaded).load();
                cells = cells(c);
            }

            Map<Integer, Run> viaService = new LinkedHashMap<>();
            Map<String, Double> serviceRows;
            service = stack.service();
            try (Connection c = stack.connect()) {
                Registrations registrations = new Registrations(service.base, cells);
                // warm-up: a few thousand requests, so the JIT has compiled the hot path (C2 needs ~10,000 calls)
                registrations.closedLoop(8, Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "30")));
                roundTrips(c, registrations, work);
                Map<String, Long> before = inserted(c);
                Run probe = registrations.closedLoop(2, 3);
                serviceRows = perTransaction(before, inserted(c), probe.done);
                for (int level : levels) {
                    viaService.put(level, registrations.closedLoop(level, seconds));
                    System.out.printf("  service, %2d clients: %s%n", level, viaService.get(level));
                }
                double best = viaService.values().stream().mapToDouble(Run::rate).max().orElseThrow();
                Run paced = registrations.paced(0.7 * best, 16, seconds);
                System.out.printf("  service paced at 70%% of its best (%.0f req/s): %s%n", 0.7 * best, paced);
                viaService.put(-1, paced);
                waitForOutbox(c);
                service.get("/q/metrics", null).body().lines().filter(l -> l.startsWith("backbone_token_cache_total"))
                        .forEach(l -> System.out.println("  verified-token cache: " + l));
            } finally {
                service.stop();
            }

            Map<Integer, Run> viaPgbench = new LinkedHashMap<>();
            Map<String, Double> pgbenchRows;
            try (Connection c = stack.connect()) {
                Path script = Pgbench.script(work, c);
                Map<String, Long> before = inserted(c);
                Run probe = Pgbench.run(pg.getPort(), script, 2, 3, work);
                pgbenchRows = perTransaction(before, inserted(c), probe.done);
                for (int level : levels) {
                    viaPgbench.put(level, Pgbench.run(pg.getPort(), script, level, seconds, work));
                    System.out.printf("  pgbench, %2d clients: %s%n", level, viaPgbench.get(level));
                }
            }
            print(viaService, viaPgbench, serviceRows, pgbenchRows);
        }
        System.out.println("benchmark: logs in " + work);
    }

    private static void print(Map<Integer, Run> service, Map<Integer, Run> pgbench, Map<String, Double> serviceRows,
                              Map<String, Double> pgbenchRows) {
        System.out.println();
        System.out.println("rows written per registration (pg_stat_user_tables): service " + serviceRows + ", pgbench " + pgbenchRows);
        System.out.printf("%-10s | %-34s | %-34s | %s%n", "clients", "POST /members (service)", "same SQL (pgbench)", "ratio");
        System.out.printf("%-10s | %10s %11s %11s | %10s %11s %11s |%n", "", "req/s", "p50 ms", "p99 ms", "tx/s", "p50 ms", "p99 ms");
        for (Map.Entry<Integer, Run> e : service.entrySet()) {
            if (e.getKey() < 0) {
                continue;
            }
            Run s = e.getValue();
            Run p = pgbench.get(e.getKey());
            System.out.printf("%-10d | %10.0f %11.1f %11.1f | %10.0f %11.1f %11.1f | %5.2f%n", e.getKey(), s.rate(), s.p50(), s.p99(),
                    p.rate(), p.p50(), p.p99(), s.rate() / p.rate());
        }
        double bestService = service.entrySet().stream().filter(e -> e.getKey() > 0).mapToDouble(e -> e.getValue().rate()).max().orElseThrow();
        double bestPgbench = pgbench.values().stream().mapToDouble(Run::rate).max().orElseThrow();
        Run paced = service.get(-1);
        System.out.printf("best: service %.0f req/s, pgbench %.0f tx/s, ratio %.2f (goal 0.70); at 70%% of the service's best: "
                + "p50 %.1f ms, p99 %.1f ms (goal p99 < 25 ms), %d errors%n", bestService, bestPgbench, bestService / bestPgbench,
                paced.p50(), paced.p99(), paced.errors);
    }

    // ---------------------------------------------------------------------------------------- the service side

    /** Registrations of full members into random cells; each request a new person. */
    static final class Registrations {
        private final String base;
        private final List<String> cells;
        private final AtomicLong serial = new AtomicLong();

        Registrations(String base, List<String> cells) {
            this.base = base;
            this.cells = cells;
            this.connection = ThreadLocal.withInitial(() -> new KeepAliveHttp(base));
        }

        /** Each client thread keeps its own connection. */
        private final ThreadLocal<KeepAliveHttp> connection;

        int send(Random random) throws IOException {
            long n = serial.incrementAndGet();
            LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate admitted = born.plusYears(20 + random.nextInt(5));
            String body = """
                    {"nationalId":"%s","fullName":"%s %s %s","dateOfBirth":"%s","sex":"%s","ethnicity":"Kinh",
                     "hometown":"Xã Phù Chẩn, tỉnh Bắc Ninh","occupation":"Công chức","unitCode":"%s","status":"FULL",
                     "admittedOn":"%s","confirmedOn":"%s","inUnitSince":"%s"}""".formatted(
                    String.format("098%09d", n), FAMILY[random.nextInt(FAMILY.length)], random.nextBoolean() ? "Văn" : "Thị",
                    GIVEN[random.nextInt(GIVEN.length)], born, random.nextBoolean() ? "MALE" : "FEMALE",
                    cells.get(random.nextInt(cells.size())), admitted, admitted.plusYears(1), admitted);
            KeepAliveHttp.Response response = connection.get().send("POST", "/api/membership/v1/members", TOKEN, body);
            if (response.status() != 201 && ERRORS_SHOWN.getAndIncrement() < 3) {
                System.out.printf("  a registration answered %d: %.300s%n", response.status(), response.body());
            }
            return response.status();
        }

        private static final AtomicLong ERRORS_SHOWN = new AtomicLong();

        /** {@code clients} threads sending back to back for {@code seconds}. */
        Run closedLoop(int clients, int seconds) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            CountDownLatch finished = new CountDownLatch(clients);
            long started = System.nanoTime();
            for (int t = 0; t < clients; t++) {
                int seed = t;
                new Thread(() -> {
                    Random random = new Random(seed * 7919L + serial.get());
                    long[] mine = new long[1 << 16];
                    int count = 0;
                    try {
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            int status = send(random);
                            if (status != 201) {
                                errors.incrementAndGet();
                            } else if (count < mine.length) {
                                mine[count++] = System.nanoTime() - t0;
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        latencies.add(Arrays.copyOf(mine, count));
                        finished.countDown();
                    }
                }, "client-" + t).start();
            }
            finished.await();
            return Run.of(latencies, errors.get(), (System.nanoTime() - started) / 1e9);
        }

        /**
         * {@code rate} requests a second spread over {@code clients} threads, each request due at a fixed time;
         * latency is measured from when it was due (no coordinated omission).
         */
        Run paced(double rate, int clients, int seconds) throws InterruptedException {
            long start = System.nanoTime() + 100_000_000L;
            long total = (long) (rate * seconds);
            double interval = 1e9 / rate;
            AtomicLong next = new AtomicLong();
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            CountDownLatch finished = new CountDownLatch(clients);
            for (int t = 0; t < clients; t++) {
                int seed = t;
                new Thread(() -> {
                    Random random = new Random(seed * 104729L + serial.get());
                    List<Long> mine = new ArrayList<>();
                    try {
                        long i;
                        while ((i = next.getAndIncrement()) < total) {
                            long due = start + (long) (i * interval);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            int status = send(random);
                            if (status != 201) {
                                errors.incrementAndGet();
                            } else {
                                mine.add(System.nanoTime() - due);
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                        finished.countDown();
                    }
                }, "paced-" + t).start();
            }
            finished.await();
            return Run.of(latencies, errors.get(), (System.nanoTime() - start) / 1e9);
        }
    }

    // ---------------------------------------------------------------------------------------- the pgbench side

    static final class Pgbench {
        /**
         * The registration's transaction as SQL: the same reads the service makes before it writes (the cell by
         * code, the national ID not yet taken) and the same six rows, the outbox payload of the size the service
         * writes. Cells are picked at random from the same list.
         */
        static Path script(Path work, Connection c) throws Exception {
            try (Statement s = c.createStatement()) {
                s.execute("create sequence if not exists bench_national_id");
                s.execute("drop table if exists bench_cell");
                s.execute("create table bench_cell as select row_number() over (order by code) as n, code from org_unit "
                        + "where kind in ('CELL', 'BASE_CELL')");
            }
            String payload;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select cast(payload as text) from outbox_event where event_type like '%member.registered%' order by seq desc limit 1")) {
                payload = rs.next() ? rs.getString(1) : "{}";
            }
            Path script = work.resolve("registration.sql");
            Files.writeString(script, """
                    \\set cell random(1, %d)
                    \\set year random(1960, 1999)
                    BEGIN;
                    SELECT id AS unit_id, cast(path as text) AS unit_path FROM org_unit WHERE code = (SELECT code FROM bench_cell WHERE n = :cell) AND dissolved_on IS NULL \\gset
                    SELECT '099' || lpad(nextval('bench_national_id')::text, 9, '0') AS national_id \\gset
                    SELECT count(*) AS taken FROM member WHERE national_id = :national_id \\gset
                    INSERT INTO member (id, national_id, full_name, name_folded, date_of_birth, sex, ethnicity, hometown, occupation, unit_id, status, status_since, admitted_on, first_admitted_on, confirmed_on, version, created_at, created_by, updated_at, updated_by) VALUES (gen_random_uuid(), :national_id, 'Nguyễn Văn Hùng', 'nguyen van hung', make_date(:year, 5, 19), 'MALE', 'Kinh', 'Xã Phù Chẩn, tỉnh Bắc Ninh', 'Công chức', :unit_id, 'FULL', make_date(:year + 21, 5, 19), make_date(:year + 20, 5, 19), make_date(:year + 20, 5, 19), make_date(:year + 21, 5, 19), 0, now(), 'bench-writer', now(), 'bench-writer') RETURNING id AS member_id \\gset
                    INSERT INTO member_status_history (member_id, status, effective_on, reason, recorded_at, recorded_by) VALUES (:member_id, 'PROBATIONARY', make_date(:year + 20, 5, 19), 'registered: admitted', now(), 'bench-writer');
                    INSERT INTO member_status_history (member_id, status, effective_on, reason, recorded_at, recorded_by) VALUES (:member_id, 'FULL', make_date(:year + 21, 5, 19), 'registered', now(), 'bench-writer');
                    INSERT INTO member_placement (member_id, unit_id, starts_on) VALUES (:member_id, :unit_id, make_date(:year + 20, 5, 19));
                    INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, traceparent, created_at) VALUES (gen_random_uuid(), 'membership.events', :member_id, 'membership.member.registered.v1', cast('%s' as jsonb), '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', now());
                    INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail) VALUES (now(), 'bench-writer', 'member.registered', 'member', :member_id, '{"unit": "bn", "status": "FULL"}');
                    END;
                    """.formatted(countCells(c), payload.replace("'", "''")));
            return script;
        }

        private static int countCells(Connection c) throws Exception {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from bench_cell")) {
                rs.next();
                return rs.getInt(1);
            }
        }

        static Run run(int port, Path script, int clients, int seconds, Path work) throws Exception {
            Path logs = Files.createTempDirectory(work, "pgbench-" + clients + "-");
            ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                    "-M", "prepared", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
                    "-T", String.valueOf(seconds), "-f", script.toString(), "-l", "--log-prefix", logs.resolve("tx").toString(),
                    "membership")
                    .directory(logs.toFile()).redirectErrorStream(true).redirectOutput(logs.resolve("pgbench.out").toFile());
            pb.environment().put("PGPASSWORD", "postgres");
            Process p = pb.start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed: " + Files.readString(logs.resolve("pgbench.out")));
            }
            String out = Files.readString(logs.resolve("pgbench.out"));
            // the per-transaction log: client, transaction no, latency in microseconds, script, epoch s, epoch us
            List<long[]> latencies = new ArrayList<>();
            long failed = 0;
            try (Stream<Path> files = Files.list(logs)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("tx")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    long[] mine = new long[lines.size()];
                    int n = 0;
                    for (String line : lines) {
                        String[] parts = line.split(" ");
                        if (parts[2].matches("\\d+")) {
                            mine[n++] = Long.parseLong(parts[2]) * 1000;
                        } else {
                            failed++;
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                }
            }
            double elapsed = seconds;
            java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(out);
            Run run = Run.of(latencies, failed, elapsed);
            if (tps.find()) {
                run = new Run(run.sorted, run.done, failed, run.done / Double.parseDouble(tps.group(1)));
            }
            return run;
        }
    }

    // ---------------------------------------------------------------------------------------- shared

    record Run(long[] sorted, long done, long errors, double seconds) {
        static Run of(Iterable<long[]> parts, long errors, double seconds) {
            int size = 0;
            for (long[] p : parts) {
                size += p.length;
            }
            long[] all = new long[size];
            int at = 0;
            for (long[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            Arrays.sort(all);
            return new Run(all, all.length, errors, seconds);
        }

        double rate() {
            return done / seconds;
        }

        double quantile(double q) {
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }

        double p50() {
            return quantile(0.50);
        }

        double p99() {
            return quantile(0.99);
        }

        @Override
        public String toString() {
            return String.format("%.0f/s, p50 %.1f ms, p99 %.1f ms, %d done, %d errors", rate(), p50(), p99(), done, errors);
        }
    }

    private static List<String> cells(Connection c) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select code from org_unit where kind in ('CELL', 'BASE_CELL') and dissolved_on is null order by code")) {
            while (rs.next()) {
                cells.add(rs.getString(1));
            }
        }
        return cells;
    }

    /** Rows inserted into each table of the registration so far (PostgreSQL's statistics, flushed on demand). */
    private static Map<String, Long> inserted(Connection c) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        Thread.sleep(1_500);   // other backends report their counters at most once a second
        try (Statement s = c.createStatement()) {
            s.execute("select pg_stat_force_next_flush()");
            try (ResultSet rs = s.executeQuery("select relname, n_tup_ins from pg_stat_user_tables")) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return rows;
    }

    private static Map<String, Double> perTransaction(Map<String, Long> before, Map<String, Long> after, long transactions) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String table : TABLES) {
            per.put(table, Math.round(10.0 * (after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L)) / Math.max(1, transactions)) / 10.0);
        }
        return per;
    }

    /** The events of the run leave for Kafka before the service stops, so the relay's work is inside the run. */
    private static void waitForOutbox(Connection c) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from outbox_event where sent_at is null")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        System.out.println("  the outbox still held unsent events after 120 s");
    }

    /** Logs every statement of one registration and prints them: the round trips a registration costs. */
    private static void roundTrips(Connection c, Registrations registrations, Path work) throws Exception {
        Path log = work.resolve("pglog").resolve("postgres.log");
        try (Statement s = c.createStatement()) {
            s.execute("alter system set log_statement = 'all'");
            s.execute("select pg_reload_conf()");
            Thread.sleep(500);
            long from = Files.exists(log) ? Files.size(log) : 0;
            registrations.send(new Random(1));
            Thread.sleep(300);
            s.execute("alter system reset log_statement");
            s.execute("select pg_reload_conf()");
            byte[] all = Files.readAllBytes(log);
            String[] lines = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8).split("\n");
            List<String> statements = new ArrayList<>();
            for (String line : lines) {
                int at = line.indexOf("LOG:  execute ");
                int plain = line.indexOf("LOG:  statement: ");
                String sql = at >= 0 ? line.substring(line.indexOf(": ", at + 14) + 2) : plain >= 0 ? line.substring(plain + 17) : null;
                if (sql != null && !sql.contains("outbox_event where sent_at is null") && !sql.contains("pg_try_advisory")
                        && !sql.contains("update outbox_event set sent_at") && !sql.contains("select count(*) from outbox_event")
                        && !sql.contains("alter system") && !sql.contains("pg_reload_conf")) {
                    statements.add(sql.length() > 110 ? sql.substring(0, 110) + "…" : sql);
                }
            }
            System.out.printf("one registration, statements the service sent (%d round trips):%n", statements.size());
            statements.forEach(st -> System.out.println("    " + st));
        }
    }

    private static void requirePgbench() throws Exception {
        try {
            new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("pgbench is missing: apt-get install postgresql-client (it is the baseline)");
        }
    }
}
