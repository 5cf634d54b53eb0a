package vn.party.e2e.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpServer;
import vn.party.e2e.SuiteClient;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the WireMock files of the local HR stub (deploy/hr-stub): {@code employees.json}, the demo employees
 * ({@link HrEmployees}), and {@code mappings/*.json}, what the stub answers: the client-credentials token
 * (client party-cadre, secret local-stub-secret, as cadre-service's application.properties has them), the changes
 * feed in pages of {@link #PAGE} ({@code demo-2}, {@code demo-3}, ... then {@code demo-end}, which stays empty), one
 * employee by national ID or civil-servant code, 404 for anyone else and 401 without the token. Run again after
 * the demo people change:
 *
 * <pre>java -cp deploy/e2e/target/classes:$(cat deploy/e2e/target/classes/e2e.classpath) vn.party.e2e.demo.HrStubFiles deploy/hr-stub</pre>
 */
public final class HrStubFiles {

    static final int PAGE = 12;
    static final String TOKEN = "demo-hr-token";
    static final String CLIENT_ID = "party-cadre";
    static final String CLIENT_SECRET = "local-stub-secret";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            // Map.of iterates in a different order each run: sorted keys make the files the same every time
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "deploy/hr-stub");
        List<HrEmployees.Employee> employees = demoEmployees();
        List<Map<String, Object>> records = employees.stream().map(HrEmployees.Employee::json).toList();
        Files.createDirectories(dir.resolve("mappings"));
        write(dir.resolve("employees.json"), records);
        write(dir.resolve("mappings/token.json"), Map.of("mappings", List.of(
                mapping(1, Map.of("method", "POST", "urlPath", "/oauth2/token",
                                "basicAuthCredentials", Map.of("username", CLIENT_ID, "password", CLIENT_SECRET),
                                "bodyPatterns", List.of(Map.of("contains", "grant_type=client_credentials"))),
                        200, Map.of("access_token", TOKEN, "token_type", "Bearer", "expires_in", 3600)),
                mapping(9, Map.of("method", "POST", "urlPath", "/oauth2/token"), 401,
                        Map.of("error", "invalid_client", "error_description", "client party-cadre with its secret only")))));

        List<Object> pages = new ArrayList<>();
        int count = (records.size() + PAGE - 1) / PAGE;
        for (int n = 1; n <= count; n++) {
            String cursor = n == 1 ? null : "demo-" + n;
            String next = n == count ? "demo-end" : "demo-" + (n + 1);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", records.subList((n - 1) * PAGE, Math.min(records.size(), n * PAGE)));
            page.put("nextCursor", next);
            page.put("hasMore", n < count);
            pages.add(mapping(1, changes(cursor == null ? Map.of("absent", true) : Map.of("equalTo", cursor)), 200, page));
            if (n == 1) {
                // a cursor this stub never gave (an older stub's): from the start again; the upserts change nothing twice
                pages.add(mapping(5, changes(null), 200, page));
            }
        }
        pages.add(mapping(1, changes(Map.of("equalTo", "demo-end")), 200,
                Map.of("items", List.of(), "nextCursor", "demo-end", "hasMore", false)));
        write(dir.resolve("mappings/changes.json"), Map.of("mappings", pages));

        List<Object> single = new ArrayList<>();
        for (Map<String, Object> r : records) {
            single.add(mapping(1, authorised(Map.of("method", "GET", "urlPath", "/hr/v1/employees/" + r.get("nationalId"))), 200, r));
            Map<String, Object> byCode = authorised(Map.of("method", "GET", "urlPath", "/hr/v1/employees"));
            byCode.put("queryParameters", Map.of("civilServantCode", Map.of("equalTo", r.get("civilServantCode"))));
            single.add(mapping(1, byCode, 200, r));
        }
        single.add(mapping(8, authorised(Map.of("method", "GET", "urlPathPattern", "/hr/v1/employees(/[^/]*)?")), 404,
                Map.of("title", "No such employee")));
        single.add(mapping(9, Map.of("urlPathPattern", "/hr/v1/.*"), 401, Map.of("title", "Token missing or expired")));
        write(dir.resolve("mappings/employees.json"), Map.of("mappings", single));
        System.out.printf("%d employees in %d pages written to %s%n", records.size(), count, dir);
    }

    private static Map<String, Object> changes(Map<String, Object> cursor) {
        Map<String, Object> request = authorised(Map.of("method", "GET", "urlPath", "/hr/v1/employees/changes"));
        if (cursor != null) {
            request.put("queryParameters", Map.of("cursor", cursor));
        }
        return request;
    }

    private static Map<String, Object> authorised(Map<String, Object> request) {
        Map<String, Object> r = new LinkedHashMap<>(request);
        r.put("headers", Map.of("Authorization", Map.of("equalTo", "Bearer " + TOKEN)));
        return r;
    }

    private static Map<String, Object> mapping(int priority, Map<String, Object> request, int status, Object body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("priority", priority);
        m.put("request", request);
        m.put("response", Map.of("status", status, "headers", Map.of("Content-Type", "application/json"), "jsonBody", body));
        return m;
    }

    private static void write(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * The demo province's units and people exactly as {@link DemoData} plans them. DemoData fetches a token when it
     * is built; a throw-away local server hands it one, so that nothing runs but the planning.
     */
    @SuppressWarnings("unchecked")
    static List<HrEmployees.Employee> demoEmployees() throws Exception {
        HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/", exchange -> {
            byte[] body = "{\"access_token\":\"planning-only\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        fake.start();
        try {
            Constructor<DemoData> c = DemoData.class.getDeclaredConstructor(SuiteClient.class);
            c.setAccessible(true);
            DemoData demo = c.newInstance(new SuiteClient("http://127.0.0.1:" + fake.getAddress().getPort()));
            List<DemoData.Unit> units = (List<DemoData.Unit>) field(demo, "units");
            Map<String, String> communes = (Map<String, String>) field(demo, "communes");
            List<DemoData.Unit> cells = units.stream().filter(DemoData.Unit::holdsMembers).toList();
            return HrEmployees.of(new DemoPeople(DemoData.SEED, cells, new ArrayList<>(communes.values())), cells);
        } finally {
            fake.stop(0);
        }
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    private HrStubFiles() {
    }
}
