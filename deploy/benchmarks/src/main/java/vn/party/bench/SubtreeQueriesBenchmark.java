package vn.party.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.party.testsupport.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Subtree queries stay fast on a province of 10,000 cells (materialised path with an index)": builds a large
 * province directly in a fresh membership database (schema by the service's own Flyway migrations, rows by
 * COPY), starts the membership-service fast-jar against it with a benchmark-only OIDC key (the test key of
 * {@link TestTokens}), and times the service's subtree queries through HTTP; then prints each query's plan
 * (EXPLAIN ANALYZE of the SQL the service runs) to show which indexes it uses.
 *
 * <pre>deploy/suite bench [members]      (or: java -cp ... vn.party.bench.SubtreeQueriesBenchmark [members] [runs])</pre>
 */
public final class SubtreeQueriesBenchmark {

    static final int DISTRICTS = 15;
    static final int BASES_PER_DISTRICT = 100;
    static final int COMMITTEES_PER_DISTRICT = 67;   // the rest are base cells
    static final int CELLS_PER_COMMITTEE = 10;
    static final LocalDate TODAY = LocalDate.now();
    static final String DISTRICT = "bn_d07";
    static final String PAST = "2015-01-01";

    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ",
            "Phan", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đào", "Đinh", "Lương", "Trịnh", "Hà"};
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương"};
    private static final String[] GIVEN_MALE = {"Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Cường", "Sơn",
            "Hiếu", "Trung", "Quân", "Phong", "Tùng", "Kiên", "Bình", "Đạt", "Huy", "Hoàng", "Khánh"};
    private static final String[] GIVEN_FEMALE = {"Hoa", "Lan", "Hương", "Hằng", "Huyền", "Linh", "Mai", "Nga", "Ngọc",
            "Nhung", "Phương", "Thảo", "Thủy", "Trang", "Yến", "Hà", "Hạnh", "Hiền", "Loan", "Vân"};

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0])
                : Integer.parseInt(System.getenv().getOrDefault("BENCH_MEMBERS", "230000"));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path jar = Path.of(System.getProperty("bench.service.jar", "membership-service/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build membership-service first");
        }
        Path work = Files.createTempDirectory("party-bench");
        System.out.printf("benchmark: province of %d districts, %d base organisations, %d cells, %d members; %d runs a query%n",
                DISTRICTS, DISTRICTS * BASES_PER_DISTRICT, DISTRICTS * COMMITTEES_PER_DISTRICT * CELLS_PER_COMMITTEE,
                members, runs);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off").setServerConfig("max_wal_size", "2GB")
                .setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "16MB").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database membership");
            }
            String jdbc = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/membership";
            // the service creates its topics when it starts: a real broker, from deploy/embedded-stack's launcher
            String kafka = Kafka.start(work);

            long t0 = System.nanoTime();
            Service service = Service.start(jar, jdbc, kafka, work);   // runs the migrations: the schema is the service's
            service.stop();
            System.out.printf("schema: the service's Flyway migrations in %.1f s%n", secs(t0));

            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
                Loader loader = new Loader(c, members);
                loader.load();
            }

            service = Service.start(jar, jdbc, kafka, work);
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
                new Measure(service, c, runs).all();
            } finally {
                service.stop();
            }
        }
        // the database went with the embedded server (hundreds of MB); the logs of the service and the broker stay
        System.out.println("benchmark: logs in " + work);
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").trim();
    }

    // ------------------------------------------------------------------------------------------- loading

    /** Rows straight into the service's tables, every NOT NULL column and constraint of the migrations met. */
    static final class Loader {
        private final Connection c;
        private final CopyManager copy;
        private final int members;
        private final Random random = new Random(42);
        private final Map<String, Integer> rows = new LinkedHashMap<>();

        Loader(Connection c, int members) throws SQLException {
            this.c = c;
            this.copy = c.unwrap(PGConnection.class).getCopyAPI();
            this.members = members;
        }

        void load() throws Exception {
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            List<String> holders = units();
            Map<String, Long> ids = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, id from org_unit")) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
            c.commit();
            System.out.printf("load: %d units in %.1f s%n", rows.get("org_unit"), secs(t0));
            long t1 = System.nanoTime();
            members(holders, ids);
            c.commit();
            System.out.printf("load: %d members in %.1f s%n", members, secs(t1));
            long t2 = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            System.out.printf("load: vacuum analyze in %.1f s%n", secs(t2));
            System.out.printf("load: rows %s in %.1f s in all%n", rows, secs(t0));
        }

        /** The tree: province, districts, base committees with cells, base cells. Returns the units holding members. */
        private List<String> units() throws Exception {
            String stamp = "2026-01-01 00:00:00+00\tbenchmark\t2026-01-01 00:00:00+00\tbenchmark";
            StringBuilder sb = new StringBuilder();
            List<String> holders = new ArrayList<>();
            Consumer<String[]> unit = u -> sb.append(String.join("\t", u)).append('\t').append(stamp).append('\n');
            unit.accept(new String[] {"bn", "Đảng bộ tỉnh Bắc Ninh", "PROVINCE_COMMITTEE", "\\N", "bn", "1960-01-01"});
            String[] types = {"COMMUNE", "STATE_AGENCY", "PUBLIC_SERVICE_UNIT", "STATE_ENTERPRISE", "PRIVATE_ENTERPRISE",
                    "COOPERATIVE", "SCHOOL", "HEALTH"};
            for (int d = 1; d <= DISTRICTS; d++) {
                String dc = String.format("bn_d%02d", d);
                unit.accept(new String[] {dc, "Đảng bộ huyện số " + d, "INTERMEDIATE_COMMITTEE", "\\N", "bn." + dc, "1960-01-01"});
                for (int b = 1; b <= BASES_PER_DISTRICT; b++) {
                    String bc = String.format("%s_b%03d", dc, b);
                    String bp = "bn." + dc + "." + bc;
                    if (b <= COMMITTEES_PER_DISTRICT) {
                        unit.accept(new String[] {bc, "Đảng bộ xã số " + b, "BASE_COMMITTEE", "COMMUNE", bp, "1960-01-01"});
                        for (int k = 1; k <= CELLS_PER_COMMITTEE; k++) {
                            String cc = String.format("%s_c%02d", bc, k);
                            unit.accept(new String[] {cc, "Chi bộ thôn " + k, "CELL", "\\N", bp + "." + cc, "1960-01-01"});
                            holders.add(cc);
                        }
                    } else {
                        unit.accept(new String[] {bc, "Chi bộ cơ sở số " + b, "BASE_CELL", types[b % types.length], bp, "1960-01-01"});
                        holders.add(bc);
                    }
                }
            }
            copy("org_unit (code, name, kind, organisation_type, path, founded_on, created_at, created_by, updated_at, updated_by)", sb);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("""
                        update org_unit c set parent_id = p.id from org_unit p
                        where nlevel(c.path) > 1 and p.path = subpath(c.path, 0, nlevel(c.path) - 1)""");
                rows.put("org_unit_version", s.executeUpdate("""
                        insert into org_unit_version (unit_id, name, parent_id, path, kind, organisation_type, valid_from, valid_to, change)
                        select id, name, parent_id, path, kind, organisation_type, founded_on, dissolved_on, 'FOUNDED' from org_unit"""));
            }
            rows.put("org_unit", countRows(sb));
            return holders;
        }

        /**
         * Members: 90% full, 7% probationary, 3% left (struck off or deceased); status history from admission on;
         * one official placement each, and a second for the 5% who moved cell once.
         */
        private void members(List<String> holders, Map<String, Long> ids) throws Exception {
            StringBuilder member = new StringBuilder();
            StringBuilder history = new StringBuilder();
            StringBuilder placement = new StringBuilder();
            int historyRows = 0;
            int placementRows = 0;
            String stamp = "2026-01-01 00:00:00+00";
            for (int i = 0; i < members; i++) {
                boolean female = random.nextInt(100) < 38;
                String name = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                        + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
                LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 64));
                LocalDate admitted = birth.plusYears(18 + random.nextInt(20)).plusDays(random.nextInt(365));
                if (admitted.isAfter(TODAY.minusDays(30))) {
                    admitted = TODAY.minusDays(30 + random.nextInt(300));
                }
                int roll = random.nextInt(100);
                LocalDate confirmed = admitted.plusYears(1);
                String status;
                String exitKind = "\\N";
                LocalDate since;
                LocalDate left = null;
                if (roll < 7 || confirmed.isAfter(TODAY)) {
                    status = "PROBATIONARY";
                    confirmed = null;
                    since = admitted;
                } else if (roll < 10) {
                    status = "LEFT";
                    left = confirmed.plusDays(1 + random.nextInt((int) Math.max(1, TODAY.toEpochDay() - confirmed.toEpochDay())));
                    exitKind = birth.isBefore(LocalDate.of(1950, 1, 1)) ? "DECEASED" : "STRUCK_OFF";
                    since = left;
                } else {
                    status = "FULL";
                    since = confirmed;
                }
                String holder = holders.get(random.nextInt(holders.size()));
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                member.append(id).append('\t').append(String.format("%012d", 27_000_000_000L + i)).append('\t')
                        .append(name).append('\t').append(fold(name)).append('\t').append(birth).append('\t')
                        .append(female ? "FEMALE" : "MALE").append('\t').append(random.nextInt(10) == 0 ? "Tày" : "Kinh")
                        .append('\t').append(String.format("%08d", i + 1)).append('\t').append(ids.get(holder)).append('\t')
                        .append(status).append('\t').append(exitKind).append('\t').append(since).append('\t')
                        .append(admitted).append('\t').append(confirmed == null ? "\\N" : confirmed).append('\t')
                        .append(admitted).append('\t').append(stamp).append("\tbenchmark\t").append(stamp).append("\tbenchmark\n");
                history.append(id).append("\tPROBATIONARY\t\\N\t").append(admitted).append('\t').append(stamp).append("\tbenchmark\n");
                historyRows++;
                if (confirmed != null) {
                    history.append(id).append("\tFULL\t\\N\t").append(confirmed).append('\t').append(stamp).append("\tbenchmark\n");
                    historyRows++;
                }
                if (left != null) {
                    history.append(id).append("\tLEFT\t").append(exitKind).append('\t').append(left).append('\t').append(stamp)
                            .append("\tbenchmark\n");
                    historyRows++;
                }
                LocalDate end = left;
                if (random.nextInt(100) < 5) {   // moved once: the earlier cell until the move
                    LocalDate moved = admitted.plusDays(1 + random.nextInt((int) Math.max(1,
                            (end == null ? TODAY : end).toEpochDay() - admitted.toEpochDay() - 1)));
                    if (moved.isAfter(admitted) && (end == null || moved.isBefore(end))) {
                        String earlier = holders.get(random.nextInt(holders.size()));
                        placement.append(id).append('\t').append(ids.get(earlier)).append('\t').append(admitted).append('\t')
                                .append(moved).append('\n');
                        placementRows++;
                        admitted = moved;
                    }
                }
                placement.append(id).append('\t').append(ids.get(holder)).append('\t').append(admitted).append('\t')
                        .append(end == null ? "\\N" : end).append('\n');
                placementRows++;
                if (member.length() > 8_000_000 || i == members - 1) {
                    copy("member (id, national_id, full_name, name_folded, date_of_birth, sex, ethnicity, party_card_number, "
                            + "unit_id, status, exit_kind, status_since, admitted_on, confirmed_on, first_admitted_on, "
                            + "created_at, created_by, updated_at, updated_by)", member);
                    copy("member_status_history (member_id, status, exit_kind, effective_on, recorded_at, recorded_by)", history);
                    copy("member_placement (member_id, unit_id, starts_on, ends_on)", placement);
                    member.setLength(0);
                    history.setLength(0);
                    placement.setLength(0);
                }
            }
            rows.put("member", members);
            rows.put("member_status_history", historyRows);
            rows.put("member_placement", placementRows);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private void copy(String table, StringBuilder data) throws SQLException, IOException {
            copy.copyIn("copy " + table + " from stdin", new StringReader(data.toString()));
        }

        private static int countRows(CharSequence s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    n++;
                }
            }
            return n;
        }
    }

    // ----------------------------------------------------------------------------------------- the service

    /** The membership-service fast-jar on a free port, trusting the test key; no Kafka (the outbox just waits). */
    static final class Service {
        final Process process;
        final String base;

        private Service(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        static Service start(Path jar, String jdbc, String kafka, Path work) throws Exception {
            int port = freePort();
            String pem;
            try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("testsupport/public.pem")) {
                pem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<String> command = new ArrayList<>(List.of("java", "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC"));
            // e.g. BENCH_SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/membership.jfr,settings=profile"
            String extra = System.getenv("BENCH_SERVICE_JAVA_OPTS");
            if (extra != null && !extra.isBlank()) {
                command.addAll(Arrays.asList(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder pb = new ProcessBuilder(command);
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
            // a profile of its own: not prod's Keycloak URL, only the test key below (benchmark-only configuration)
            env.put("QUARKUS_PROFILE", "bench");
            env.put("QUARKUS_OIDC_PUBLIC_KEY", pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            env.put("QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
            env.put("QUARKUS_OIDC_TOKEN_AUDIENCE", TestTokens.AUDIENCE);
            Path log = work.resolve("membership-service.log");
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process p = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
            Service s = new Service(p, "http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("membership-service stopped; log: " + log);
                }
                try {
                    if (s.get("/q/health/live", null).statusCode() == 200) {
                        return s;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("membership-service not up after 180 s; log: " + log);
                }
                Thread.sleep(250);
            }
        }

        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }

    /** A Kafka broker in a JVM of its own (vn.party.stack.EmbeddedStack kafka), stopped when the benchmark ends. */
    static final class Kafka {
        static String start(Path work) throws Exception {
            Path classes = Path.of(System.getProperty("bench.stack.classes", "deploy/embedded-stack/target/classes"));
            Path cpFile = classes.resolve("embedded-stack.classpath");
            if (!Files.isRegularFile(cpFile)) {
                throw new IllegalStateException(cpFile + " is missing: build deploy/embedded-stack first");
            }
            int port = Service.freePort();
            int controller = Service.freePort();
            Path ready = work.resolve("kafka.ready");
            Process p = new ProcessBuilder("java", "-Xmx512m", "-XX:+UseSerialGC", "-cp",
                    classes + ":" + Files.readString(cpFile).trim(), "vn.party.stack.EmbeddedStack", "kafka",
                    "--dir", work.resolve("kafka").toString(), "--kafka-port", String.valueOf(port),
                    "--controller-port", String.valueOf(controller), "--ready-file", ready.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("kafka.log").toFile()))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                p.destroy();
                try {
                    if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!Files.exists(ready)) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the Kafka broker did not start; log: " + work.resolve("kafka.log"));
                }
                Thread.sleep(250);
            }
            return "127.0.0.1:" + port;
        }
    }

    // --------------------------------------------------------------------------------------- measuring

    static final class Measure {
        private final Service service;
        private final Connection c;
        private final int runs;
        private final String token = TestTokens.token("bench", "bn", "province-admin");

        Measure(Service service, Connection c, int runs) {
            this.service = service;
            this.c = c;
            this.runs = runs;
        }

        void all() throws Exception {
            String under = "bn." + DISTRICT;
            String name = "nguyen van hung";
            System.out.printf("%-58s %8s %8s %8s %7s  %s%n", "query (through HTTP, province-admin token)", "p50 ms", "p95 ms",
                    "max ms", "rows", "plan (EXPLAIN ANALYZE of the service's SQL)");
            time("units under a district, page 1 (limit 500)", "/api/membership/v1/org-units?under=" + DISTRICT + "&limit=500",
                    "select * from org_unit where path <@ 'bn' and path <@ '" + under + "' order by path limit 501");
            time("units under the province, page 1 (limit 50)", "/api/membership/v1/org-units?under=bn",
                    "select * from org_unit where path <@ 'bn' and path <@ 'bn' order by path limit 51");
            time("units under the province, page 1 (limit 500)", "/api/membership/v1/org-units?under=bn&limit=500",
                    "select * from org_unit where path <@ 'bn' and path <@ 'bn' order by path limit 501");
            time("member search 'nguyen van hung' in a district", "/api/membership/v1/members?unit=" + DISTRICT + "&name="
                            + name.replace(" ", "%20"),
                    "select m.id, m.full_name, u.code from member m join org_unit u on u.id = m.unit_id where u.path <@ 'bn' "
                            + "and u.path <@ '" + under + "' and m.name_folded like '%" + name + "%' order by m.name_folded, m.id limit 51");
            time("member search 'nguyen van hung' in the province", "/api/membership/v1/members?name=" + name.replace(" ", "%20"),
                    "select m.id, m.full_name, u.code from member m join org_unit u on u.id = m.unit_id where u.path <@ 'bn' "
                            + "and u.path <@ 'bn' and m.name_folded like '%" + name + "%' order by m.name_folded, m.id limit 51");
            System.out.printf("%-58s %s%n", "  the same search as the service prepares it, generic plan", genericSearchPlan(name));
            time("headcount of a district today", "/api/membership/v1/headcounts/" + DISTRICT, headcountSql(under, TODAY.toString()));
            time("headcount of the province today", "/api/membership/v1/headcounts/bn", headcountSql("bn", TODAY.toString()));
            time("headcount of the province on " + PAST, "/api/membership/v1/headcounts/bn?date=" + PAST, headcountSql("bn", PAST));
            time("badges due on 2027-02-03 in a district", "/api/membership/v1/badges/due?presentationDate=2027-02-03&unit="
                    + DISTRICT, null);
        }

        private static String headcountSql(String path, String date) {
            return """
                    with counted as (
                      select v.path, (select h.status from member_status_history h
                                      where h.member_id = p.member_id and h.effective_on <= date '%2$s'
                                      order by h.effective_on desc, h.id desc limit 1) as status
                      from member_placement p
                      join org_unit_version v on v.unit_id = p.unit_id and v.valid_from <= date '%2$s'
                           and (v.valid_to is null or v.valid_to > date '%2$s')
                      where v.path <@ '%1$s' and p.starts_on <= date '%2$s'
                        and (p.ends_on is null or p.ends_on > date '%2$s'))
                    select case when nlevel(path) > %3$d then subpath(path, %3$d, 1)::text else '' end as child,
                           count(*) filter (where status = 'FULL'), count(*) filter (where status = 'PROBATIONARY')
                    from counted where status in ('FULL', 'PROBATIONARY')
                    group by 1""".formatted(path, date, path.split("\\.").length);
        }

        private void time(String label, String path, String sql) throws Exception {
            int status = 0;
            String body = "";
            for (int i = 0; i < 3; i++) {   // warm-up
                HttpResponse<String> r = service.get(path, token);
                status = r.statusCode();
                body = r.body();
            }
            if (status != 200) {
                System.out.printf("%-58s answered %d: %s%n", label, status, body.length() > 300 ? body.substring(0, 300) : body);
                return;
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = service.get(path, token);
                ms[i] = (System.nanoTime() - t) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(label + ": " + r.statusCode() + " " + r.body());
                }
            }
            Arrays.sort(ms);
            // rows on the page: members and due lists name people, unit lists name codes
            int items = body.split("\"fullName\"").length - 1;
            if (items == 0) {
                items = body.split("\"code\"").length - 1;
            }
            if (path.contains("/headcounts/")) {
                items = Integer.parseInt(body.replaceAll("^.*?\"total\":(\\d+).*$", "$1"));
            }
            System.out.printf("%-58s %8.1f %8.1f %8.1f %7d  %s%n", label, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1],
                    ms[runs - 1], items, sql == null ? "(not reproduced)" : plan(sql));
        }

        /**
         * MemberSearch's statement as the JDBC driver sends it once it is server-prepared (from the 5th run on):
         * PostgreSQL may then choose a generic plan, made without the parameter values.
         */
        private String genericSearchPlan(String name) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        prepare member_search(text, text, text, text, text, text, date, date, integer, text, uuid, integer) as
                        select m.id, m.full_name, m.date_of_birth, m.sex, m.party_card_number, u.code, m.status,
                               m.exit_kind, m.admitted_on, m.name_folded
                        from member m join org_unit u on u.id = m.unit_id
                        where u.path <@ cast($1 as ltree) and u.path <@ cast($2 as ltree)
                          and (cast($3 as text) is null or m.name_folded like '%' || cast($3 as text) || '%')
                          and (cast($4 as text) is null or m.national_id = $4)
                          and (cast($5 as text) is null or m.party_card_number = $5)
                          and (cast($6 as text) is null or m.status = $6)
                          and (cast($7 as date) is null or m.date_of_birth <= cast($7 as date))
                          and (cast($8 as date) is null or m.date_of_birth > cast($8 as date))
                          and (cast($9 as integer) is null or extract(year from m.admitted_on) = cast($9 as integer))
                          and (cast($10 as text) is null or (m.name_folded, m.id) > (cast($10 as text), cast($11 as uuid)))
                        order by m.name_folded, m.id
                        limit $12""");
                s.execute("set plan_cache_mode = force_generic_plan");
                try {
                    return plan("execute member_search('bn', 'bn', '" + name + "', null, null, null, null, null, null, null, null, 51)");
                } finally {
                    s.execute("reset plan_cache_mode");
                    s.execute("deallocate member_search");
                }
            }
        }

        /** Execution time and the scans of the plan, e.g. "3.2 ms: Index Scan org_unit_path_gist on org_unit". */
        private String plan(String sql) throws SQLException {
            List<String> scans = new ArrayList<>();
            String time = "";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
                while (rs.next()) {
                    String line = rs.getString(1).trim().replaceFirst("^->\\s*", "");
                    if (line.contains("Scan") && !line.startsWith("Recheck")) {
                        String node = line.replaceAll("\\s*\\(cost=.*$", "");
                        String loops = line.replaceAll("^.*loops=(\\d+)\\).*$", "$1");
                        String rowsOut = line.replaceAll("^.*actual time=[^ ]+ rows=(\\d+).*$", "$1");
                        scans.add(node + " [rows " + rowsOut + (loops.equals("1") ? "" : " x" + loops) + "]");
                    } else if (line.startsWith("Execution Time")) {
                        time = line.replace("Execution Time: ", "");
                    }
                }
            }
            return time + ": " + String.join("; ", scans.stream().distinct().toList());
        }
    }
}
