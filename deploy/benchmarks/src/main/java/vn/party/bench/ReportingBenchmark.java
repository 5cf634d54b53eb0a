package vn.party.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.testsupport.MembershipEventsFixture;
import vn.party.testsupport.TestTokens;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The dashboard's two questions, the province summary and a district drill-down, for a large province
 * (~230,000 members, 1,500 base organisations, ~10,000 cells, five years of admissions and discipline), asked of
 * reporting-service by concurrent clients, against the same kind of figures computed the way a single-database
 * system would: SQL aggregation with a recursive walk of the tree over normalised source tables, in the same run
 * and the same PostgreSQL. The whole history is produced on a real Kafka broker first, then a fresh reporting-service
 * replays it into empty read models (timed against a plain KafkaConsumer reading the same topics); last, a
 * reporting-only freshness run (events produced at BENCH_FRESHNESS_RATE a second, default 500, for
 * BENCH_FRESHNESS_SECONDS, default 10; 0 skips it). Prints tables of rates and latencies.
 * BENCH_SERVICE_JAVA_OPTS adds JVM options to reporting-service (e.g. a JFR recording).
 *
 * <pre>java -cp ... vn.party.bench.ReportingBenchmark [members] [clients] [requests, 0: no questions]
 *   -Dbench.reporting.jar=reporting-service/target/quarkus-app/quarkus-run.jar
 *   -Dbench.stack.classes=deploy/embedded-stack/target/classes</pre>
 */
public final class ReportingBenchmark {

    /** -Dbench.districts=7 (at least 7: the drill-down asks district 7) makes a smaller tree for a quick try. */
    static final int DISTRICTS = Integer.getInteger("bench.districts", SubtreeQueriesBenchmark.DISTRICTS);
    static final int BASES_PER_DISTRICT = SubtreeQueriesBenchmark.BASES_PER_DISTRICT;
    static final int COMMITTEES_PER_DISTRICT = SubtreeQueriesBenchmark.COMMITTEES_PER_DISTRICT;
    static final int CELLS_PER_COMMITTEE = SubtreeQueriesBenchmark.CELLS_PER_COMMITTEE;
    static final String ROOT = "bn";
    static final String DISTRICT = "bn_d07";
    static final LocalDate FOUNDED = LocalDate.of(1960, 1, 1);
    static final int FIRST_YEAR = 2021;
    static final int YEARS = 5;
    static final String PERIOD = "2021-2025";
    static final List<String> TOPICS = List.of("membership.events", "inspection.events");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    record Unit(String code, String name, UnitKind kind, OrganisationType type, String parent, List<String> path) {
    }

    record Member(String id, String unit, MemberStatus status, LocalDate admitted, boolean admittedInWindow) {
    }

    record Discipline(String id, String unit, DisciplineForm form, LocalDate on) {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0])
                : Integer.parseInt(System.getenv().getOrDefault("BENCH_MEMBERS", "230000"));
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Path jar = Path.of(System.getProperty("bench.reporting.jar", "reporting-service/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build reporting-service first");
        }
        Path work = Files.createTempDirectory("party-bench-reporting");
        Random random = new Random(42);
        List<Unit> units = units();
        List<Unit> holders = units.stream().filter(u -> u.kind() == UnitKind.CELL || u.kind() == UnitKind.BASE_CELL).toList();
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            Unit cell = holders.get(random.nextInt(holders.size()));
            boolean recent = random.nextInt(100) < 4;
            LocalDate admitted = recent
                    ? LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : LocalDate.of(1970 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            MemberStatus status = admitted.isAfter(LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31)) ? MemberStatus.PROBATIONARY
                    : MemberStatus.FULL;
            people.add(new Member(UUID.randomUUID().toString(), cell.code(), status, admitted, recent));
        }
        List<Discipline> decisions = new ArrayList<>();
        for (int i = 0; i < members / 200; i++) {
            decisions.add(new Discipline(UUID.randomUUID().toString(), holders.get(random.nextInt(holders.size())).code(),
                    random.nextInt(3) == 0 ? DisciplineForm.WARNING : DisciplineForm.REPRIMAND,
                    LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        }
        System.out.printf("reporting benchmark: %d units (%d base organisations, %d cells), %d members, %d discipline "
                        + "decisions; %d clients, %d requests a question%n", units.size(), DISTRICTS * BASES_PER_DISTRICT,
                units.stream().filter(u -> u.kind() == UnitKind.CELL).count(), members, decisions.size(), clients, requests);

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_connections", "200").setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database reporting");
                s.execute("create database source");
            }
            String base = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/";
            String kafka = SubtreeQueriesBenchmark.Kafka.start(work);
            try (Admin admin = ReportingKafka.admin(kafka)) {
                // the topics as the services' relays create them (6 partitions, kept forever)
                admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 6, (short) 1)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))).toList()).all().get();
                long p0 = System.nanoTime();
                long events = publish(kafka, units, people, decisions);
                System.out.printf("history: %d events on %s, produced in %.1f s%n", events, TOPICS,
                        SubtreeQueriesBenchmark.secs(p0));

                // the replay: a fresh reporting-service on an empty database reads the whole history
                long s0 = System.nanoTime();
                SubtreeQueriesBenchmark.Service service = SubtreeQueriesBenchmark.Service.start(jar, base + "reporting", kafka,
                        work);
                try {
                    double startup = SubtreeQueriesBenchmark.secs(s0);
                    String token = TestTokens.token("bench", ROOT, "province-admin");
                    long t0 = System.nanoTime();
                    awaitCaughtUp(service, admin, token, members, decisions.size() > 0);
                    double replay = SubtreeQueriesBenchmark.secs(t0);
                    ReportingKafka.RawRead raw = ReportingKafka.rawRead(kafka, TOPICS);
                    double rate = events / replay;
                    System.out.printf("%n%-58s %10s %10s%n", "ingest (the whole history, same run)", "seconds", "events/s");
                    System.out.printf("%-58s %10.1f %10.0f%n", "reporting's consumers into empty read models", replay, rate);
                    System.out.printf("%-58s %10.1f %10.0f%n", "plain KafkaConsumer, String deserialisers (baseline)",
                            raw.seconds(), raw.perSecond());
                    System.out.printf("reporting = %.2f%% of the raw read rate (goal >= 25%% and >= 20,000 events/s); "
                            + "service start-up of %.1f s not counted%n", 100 * rate / raw.perSecond(), startup);

                    if (requests > 0) {   // 0 requests: the replay (and freshness) only
                        try (Connection c = DriverManager.getConnection(base + "source", "postgres", "postgres")) {
                            loadSource(c, units, people, decisions);
                        }
                        String province = "/api/reporting/v1/units/" + ROOT + "/summary?period=" + PERIOD;
                        String district = "/api/reporting/v1/units/" + DISTRICT + "/summary?period=" + PERIOD;
                        String[] rp = row("reporting: province summary", http(service, token, province, clients, requests));
                        String[] rd = row("reporting: district drill-down", http(service, token, district, clients, requests));
                        String[] sp = row("SQL baseline: province", sql(base + "source", ROOT, clients, requests));
                        String[] sd = row("SQL baseline: district drill-down", sql(base + "source", DISTRICT, clients, requests));
                        System.out.printf("%n%-36s %9s %9s %9s %9s %10s %7s%n", "question (" + clients + " clients)", "p50 ms",
                                "p95 ms", "p99 ms", "max ms", "req/s", "errors");
                        for (String[] r : List.of(rp, rd, sp, sd)) {
                            System.out.printf("%-36s %9s %9s %9s %9s %10s %7s%n", (Object[]) r);
                        }
                        System.out.printf("SQL/reporting at p99: province %s x, district %s x (goal: reporting p99 < 20 ms and "
                                + ">= 50 x)%n", ratio(sp[3], rp[3]), ratio(sd[3], rd[3]));
                        System.out.println("reporting-service asked directly on its port (not through the nginx gateway); "
                                + "errors: answers other than 200 (500 when its 20 database connections are all "
                                + "busy for 5 s) and no answer in 2 x 60 s, counted in the latencies");
                        System.out.println("reporting answers the whole summary (every section, rolled up the dated tree); "
                                + "the baseline computes only members by status, admissions and discipline by form and base "
                                + "organisations by type per child unit, over the tree as it is now");
                    }
                    int rateTarget = Integer.parseInt(System.getenv().getOrDefault("BENCH_FRESHNESS_RATE", "500"));
                    int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_FRESHNESS_SECONDS", "10"));
                    if (seconds > 0) {
                        freshness(kafka, service, token, units, rateTarget, seconds);
                    }
                } finally {
                    service.stop();
                }
            }
        }
        System.out.println("benchmark: logs in " + work);
    }

    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(ROOT, "Đảng bộ tỉnh Bắc Ninh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(ROOT)));
        // base cells are agencies, enterprises, schools...: communes, wards and towns are base committees here
        OrganisationType[] types = java.util.Arrays.stream(OrganisationType.values()).filter(t -> !t.isCommuneLevel())
                .toArray(OrganisationType[]::new);
        for (int d = 1; d <= DISTRICTS; d++) {
            String dc = String.format("%s_d%02d", ROOT, d);
            units.add(new Unit(dc, "Đảng bộ huyện số " + d, UnitKind.INTERMEDIATE_COMMITTEE, null, ROOT, List.of(ROOT, dc)));
            for (int b = 1; b <= BASES_PER_DISTRICT; b++) {
                String bc = String.format("%s_b%03d", dc, b);
                if (b <= COMMITTEES_PER_DISTRICT) {
                    units.add(new Unit(bc, "Đảng bộ xã số " + b, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE, dc,
                            List.of(ROOT, dc, bc)));
                    for (int k = 1; k <= CELLS_PER_COMMITTEE; k++) {
                        String cc = bc + "_c" + k;
                        units.add(new Unit(cc, "Chi bộ thôn " + k, UnitKind.CELL, null, bc, List.of(ROOT, dc, bc, cc)));
                    }
                } else {
                    units.add(new Unit(bc, "Chi bộ cơ sở số " + b, UnitKind.BASE_CELL, types[b % types.length], dc,
                            List.of(ROOT, dc, bc)));
                }
            }
        }
        return units;
    }

    static long publish(String kafka, List<Unit> units, List<Member> people, List<Discipline> decisions) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        Map<String, List<String>> paths = new java.util.HashMap<>();
        units.forEach(u -> paths.put(u.code(), u.path()));
        long n = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (Unit u : units) {
                n += send(producer, "membership.events", new OrgUnitFounded(u.code(), u.name(), u.kind(), u.type(), u.parent(),
                        u.path(), FOUNDED));
            }
            for (Member m : people) {
                List<String> path = paths.get(m.unit());
                if (m.admittedInWindow()) {
                    n += send(producer, "membership.events", new MemberRegistered(m.id(), "Đảng viên", MemberStatus.CANDIDATE,
                            m.unit(), path, null, null, m.admitted().minusMonths(6)));
                    n += send(producer, "membership.events", new MemberAdmitted(m.id(), "Đảng viên", m.unit(), path,
                            path.get(path.size() - 2), false, m.admitted()));
                } else {
                    n += send(producer, "membership.events", new MemberRegistered(m.id(), "Đảng viên", m.status(), m.unit(),
                            path, m.admitted(), m.admitted().plusYears(1), m.admitted().plusYears(1)));
                }
            }
            for (Discipline d : decisions) {
                List<String> path = paths.get(d.unit());
                n += send(producer, "inspection.events", new DisciplineDecided(d.id(), d.form(), SubjectKind.MEMBER,
                        UUID.randomUUID().toString(), d.unit(), path, BodyKind.CELL, BodyLevel.CELL, d.unit(), null, true,
                        "69-QĐ/TW", d.on()));
            }
            producer.flush();
        }
        return n;
    }

    private static int send(KafkaProducer<String, String> producer, String topic, DomainEvent event) {
        producer.send(new ProducerRecord<>(topic, event.subject(),
                MembershipEventsFixture.cloudEvent(event, UUID.randomUUID())));
        return 1;
    }

    /** The normalised tables a single-database system keeps: units by parent, members, admissions, decisions. */
    static void loadSource(Connection c, List<Unit> units, List<Member> people, List<Discipline> decisions) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create table src_unit (code text primary key, parent_code text references src_unit, kind text not null, "
                    + "organisation_type text, name text not null)");
            s.execute("create index src_unit_parent on src_unit (parent_code)");
            s.execute("create table src_member (id uuid primary key, unit_code text not null references src_unit, "
                    + "status text not null, admitted_on date not null)");
            s.execute("create index src_member_unit on src_member (unit_code)");
            s.execute("create table src_admission (member_id uuid not null, unit_code text not null, decided_on date not null)");
            s.execute("create index src_admission_unit on src_admission (unit_code, decided_on)");
            s.execute("create table src_discipline (id uuid primary key, unit_code text not null, form text not null, "
                    + "decided_on date not null)");
            s.execute("create index src_discipline_unit on src_discipline (unit_code, decided_on)");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder sb = new StringBuilder();
        for (Unit u : units) {
            sb.append(u.code()).append('\t').append(u.parent() == null ? "\\N" : u.parent()).append('\t').append(u.kind())
                    .append('\t').append(u.type() == null ? "\\N" : u.type()).append('\t').append(u.name()).append('\n');
        }
        copy.copyIn("copy src_unit from stdin", new StringReader(sb.toString()));
        sb.setLength(0);
        StringBuilder adm = new StringBuilder();
        for (Member m : people) {
            MemberStatus status = m.admittedInWindow() ? MemberStatus.PROBATIONARY : m.status();
            sb.append(m.id()).append('\t').append(m.unit()).append('\t').append(status).append('\t').append(m.admitted())
                    .append('\n');
            if (m.admittedInWindow()) {
                adm.append(m.id()).append('\t').append(m.unit()).append('\t').append(m.admitted()).append('\n');
            }
        }
        copy.copyIn("copy src_member from stdin", new StringReader(sb.toString()));
        copy.copyIn("copy src_admission from stdin", new StringReader(adm.toString()));
        sb.setLength(0);
        for (Discipline d : decisions) {
            sb.append(d.id()).append('\t').append(d.unit()).append('\t').append(d.form()).append('\t').append(d.on()).append('\n');
        }
        copy.copyIn("copy src_discipline from stdin", new StringReader(sb.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    /** The baseline's figures per unit directly below {@code unit}: each row under it by a recursive walk. */
    static final String[] BASELINE = {
            """
            with recursive sub(code, child) as (
                select code, code from src_unit where parent_code = ?
                union all select u.code, s.child from src_unit u join sub s on u.parent_code = s.code)
            select s.child, count(*) filter (where m.status = 'FULL'), count(*) filter (where m.status = 'PROBATIONARY')
            from sub s join src_member m on m.unit_code = s.code group by s.child""",
            """
            with recursive sub(code, child) as (
                select code, code from src_unit where parent_code = ?
                union all select u.code, s.child from src_unit u join sub s on u.parent_code = s.code)
            select s.child, count(*) from sub s join src_admission a on a.unit_code = s.code
            where a.decided_on >= date '2021-01-01' and a.decided_on < date '2026-01-01' group by s.child""",
            """
            with recursive sub(code, child) as (
                select code, code from src_unit where parent_code = ?
                union all select u.code, s.child from src_unit u join sub s on u.parent_code = s.code)
            select s.child, d.form, count(*) from sub s join src_discipline d on d.unit_code = s.code
            where d.decided_on >= date '2021-01-01' and d.decided_on < date '2026-01-01' group by s.child, d.form""",
            """
            with recursive sub(code, child) as (
                select code, code from src_unit where parent_code = ?
                union all select u.code, s.child from src_unit u join sub s on u.parent_code = s.code)
            select s.child, u.organisation_type, count(*) from sub s join src_unit u on u.code = s.code
            where u.kind in ('BASE_COMMITTEE', 'BASE_CELL') group by s.child, u.organisation_type"""};

    /** Latencies of GETs from keep-alive connections, one per client; answers other than 200 counted as errors. */
    static long[] http(SubtreeQueriesBenchmark.Service service, String token, String path, int clients, int requests)
            throws Exception {
        ThreadLocal<KeepAliveHttp> connection = ThreadLocal.withInitial(() -> new KeepAliveHttp(service.base));
        AtomicInteger errors = new AtomicInteger();
        long[] measured = run(clients, requests, () -> {
            KeepAliveHttp.Response r;
            try {
                r = connection.get().send("GET", path, token, null);
            } catch (java.net.SocketTimeoutException e) {
                // no answer in 60 s (twice: the connection retries once): an error, its wait counted in the latency
                connection.get().close();
                r = new KeepAliveHttp.Response(0, "no answer in 60 s");
            }
            if (r.status() != 200) {
                if (errors.getAndIncrement() == 0) {
                    System.out.printf("first error on %s: %d %s%n", path, r.status(),
                            r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
            return null;
        }, null);
        long[] out = Arrays.copyOf(measured, measured.length + 1);
        out[measured.length] = errors.get();
        return out;
    }

    static long[] sql(String jdbc, String unit, int clients, int requests) throws Exception {
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(jdbc, "postgres", "postgres");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long[] measured = run(clients, requests, () -> {
            for (String q : BASELINE) {
                try (PreparedStatement ps = connection.get().prepareStatement(q)) {
                    ps.setString(1, unit);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
            }
            return null;
        }, connection);
        return Arrays.copyOf(measured, measured.length + 1);   // no errors counted: an SQL error throws
    }

    /** Warms up, then {@code requests} calls from {@code clients} threads; latencies in µs and the wall time in µs last. */
    static long[] run(int clients, int requests, Callable<Void> call, ThreadLocal<Connection> cleanup) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            int warm = Math.max(clients, requests / 10);
            measure(pool, clients, warm, call);
            long t0 = System.nanoTime();
            long[] latencies = measure(pool, clients, requests, call);
            long wall = (System.nanoTime() - t0) / 1000;
            long[] out = Arrays.copyOf(latencies, latencies.length + 1);
            out[latencies.length] = wall;
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] measure(ExecutorService pool, int clients, int requests, Callable<Void> call) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    long t = System.nanoTime();
                    call.call();
                    latencies[i] = (System.nanoTime() - t) / 1000;
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        return latencies;
    }

    /** {@code measured}: latencies in µs, the wall time in µs, the error count. */
    static String[] row(String label, long[] measured) {
        long errors = measured[measured.length - 1];
        long wall = measured[measured.length - 2];
        long[] l = Arrays.copyOf(measured, measured.length - 2);
        Arrays.sort(l);
        return new String[]{label, ms(l[l.length / 2]), ms(l[(int) (l.length * 0.95)]), ms(l[Math.min(l.length - 1,
                (int) (l.length * 0.99))]), ms(l[l.length - 1]), String.format("%.0f", l.length / (wall / 1e6)),
                String.valueOf(errors)};
    }

    static String ratio(String baseline, String measured) {
        return String.format("%.1f", Double.parseDouble(baseline) / Math.max(0.1, Double.parseDouble(measured)));
    }

    /**
     * Waits until reporting's consumer groups have committed the whole of both topics (they commit every few seconds,
     * so this ends up to that much late), then checks that the province counts every member. Asks Kafka, not
     * reporting: polling the province's members during the replay took a third of its database time (JFR).
     */
    static void awaitCaughtUp(SubtreeQueriesBenchmark.Service service, Admin admin, String token, long members,
                              boolean inspection) throws Exception {
        long t0 = System.nanoTime();
        long reported = t0;
        while (true) {
            long membership = ReportingKafka.lag(admin, "reporting-service", List.of("membership.events"));
            long rest = inspection ? ReportingKafka.lag(admin, "reporting-service-inspection", List.of("inspection.events")) : 0;
            if (membership == 0 && rest == 0) {
                break;
            }
            if (System.nanoTime() - reported > 30e9) {
                reported = System.nanoTime();
                System.out.printf("  replay: %.0f s, %d membership and %d inspection events to go%n",
                        SubtreeQueriesBenchmark.secs(t0), membership, rest);
            }
            if (SubtreeQueriesBenchmark.secs(t0) > 3600) {
                throw new IllegalStateException("reporting did not catch up in an hour");
            }
            Thread.sleep(500);
        }
        try (KeepAliveHttp http = new KeepAliveHttp(service.base)) {
            long counted = total(http, "/api/reporting/v1/units/" + ROOT + "/members", token);
            if (counted != members) {
                throw new IllegalStateException("reporting caught up but counts " + counted + " of " + members + " members");
            }
        }
    }

    /**
     * Reporting-only freshness: members registered in one cell, produced on membership.events at a steady rate; the
     * k-th event counts as visible at the first poll of the cell's members that counts k more than before. Its
     * latency is that poll's time minus the k-th send. No membership-service, no gateway: the write's 2xx is stood
     * in for by the event's send.
     */
    static void freshness(String kafka, SubtreeQueriesBenchmark.Service service, String token, List<Unit> units,
                          int rate, int seconds) throws Exception {
        Unit cell = units.stream().filter(u -> u.kind() == UnitKind.CELL && u.path().contains(DISTRICT)).findFirst()
                .orElseThrow();
        String path = "/api/reporting/v1/units/" + cell.code() + "/members";
        int n = rate * seconds;
        long[] sent = new long[n];
        long[] seenAt = new long[n];
        try (KeepAliveHttp http = new KeepAliveHttp(service.base)) {
            long before = total(http, path, token);
            Thread producerThread = new Thread(() -> {
                Properties props = new Properties();
                props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
                props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
                    long start = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        long due = start + (long) (i * 1e9 / rate);
                        while (System.nanoTime() < due) {
                            Thread.onSpinWait();
                        }
                        sent[i] = System.nanoTime();
                        LocalDate admitted = LocalDate.of(2010, 1, 1);
                        send(producer, "membership.events", new MemberRegistered(UUID.randomUUID().toString(), "Đảng viên",
                                MemberStatus.FULL, cell.code(), cell.path(), admitted, admitted.plusYears(1),
                                admitted.plusYears(1)));
                    }
                }
            });
            producerThread.start();
            int visible = 0;
            long deadline = System.nanoTime() + (seconds + 600) * 1_000_000_000L;
            while (visible < n && System.nanoTime() < deadline) {
                long count = total(http, path, token) - before;
                long now = System.nanoTime();
                while (visible < Math.min(count, n)) {
                    seenAt[visible++] = now;
                }
            }
            producerThread.join();
            long[] latency = new long[visible];
            for (int i = 0; i < visible; i++) {
                latency[i] = (seenAt[i] - sent[i]) / 1000;
            }
            Arrays.sort(latency);
            double produced = n / ((sent[n - 1] - sent[0]) / 1e9);
            System.out.printf("%nfreshness (reporting only: event sent on Kafka -> counted in the cell's members, "
                    + "no membership-service or gateway)%n");
            System.out.printf("%d events at %.0f events/s for %d s; %d visible; p50 %s ms, p95 %s ms, p99 %s ms, max %s ms "
                            + "(goal p99 < 1,000 ms at 500 writes/s)%n", n, produced, seconds, visible,
                    ms(latency[latency.length / 2]), ms(latency[(int) (latency.length * 0.95)]),
                    ms(latency[(int) (latency.length * 0.99)]), ms(latency[latency.length - 1]));
        }
    }

    private static long total(KeepAliveHttp http, String path, String token) throws java.io.IOException {
        KeepAliveHttp.Response r = http.send("GET", path, token, null);
        Matcher m = TOTAL.matcher(r.body());
        if (r.status() != 200 || !m.find()) {
            throw new IllegalStateException(path + ": " + r.status() + " " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static String ms(long micros) {
        return String.format("%.1f", micros / 1000.0);
    }

    private ReportingBenchmark() {
    }
}
