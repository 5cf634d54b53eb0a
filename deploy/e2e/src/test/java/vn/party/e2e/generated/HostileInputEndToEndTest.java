package vn.party.e2e.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.party.e2e.SuiteClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every operation of every service's OpenAPI document, sent as the province admin (who may
 * reach everything): broken and duplicate-key JSON, wrong types, missing and extra fields, 100 kB strings,
 * bodies over the limit, impossible and far-future dates, unknown and ordinal enum codes, NUL, lone
 * surrogates, zero-width and combining marks, emoji, SQL and script fragments, negative and huge numbers,
 * garbage cursors, in bodies, query and path parameters. Every answer is a 4xx problem document, a malformed
 * value is a 400 that names its field, nothing answers 5xx, and the databases are the same afterwards.
 */
@Order(Order.DEFAULT + 2000)
class HostileInputEndToEndTest {

    private static final SuiteClient SUITE = new SuiteClient(System.getProperty("e2e.gateway", "http://127.0.0.1:8080"));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Marks where the JSON escape of a lone surrogate goes: as a Java string it would be sent as "?". */
    private static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";
    private static final String HUNDRED_KB = "Nguyễn".repeat(100 * 1024 / 6 + 1);
    private static final Map<String, String> HOSTILE_PARAMETERS = new LinkedHashMap<>();

    static {
        HOSTILE_PARAMETERS.put("empty", "");
        HOSTILE_PARAMETERS.put("NUL", "a\u0000b");
        HOSTILE_PARAMETERS.put("SQL fragment", "x' or '1'='1'; drop table member; --");
        HOSTILE_PARAMETERS.put("script", "<script>alert(1)</script>");
        HOSTILE_PARAMETERS.put("negative", "-1");
        HOSTILE_PARAMETERS.put("huge number", "99999999999999999999999");
        HOSTILE_PARAMETERS.put("30 February", "2023-02-30");
        HOSTILE_PARAMETERS.put("garbage cursor", "!!not-a-cursor!!");
        HOSTILE_PARAMETERS.put("combining and zero-width", "nguye\u0302\u0303n\u200b");
        HOSTILE_PARAMETERS.put("emoji", "\uD83D\uDE00");
        HOSTILE_PARAMETERS.put("4 kB", "x".repeat(4096));
    }

    @Test
    void hostileInputIsRefusedWithAProblemNamingTheFieldAndChangesNothing() {
        List<ApiOperation> operations = ApiOperation.all(SUITE);
        String province = SUITE.token("province-admin", "demo");
        Values.Committee nowhere = Values.Committee.nowhere();
        Map<String, String> before = DatabaseFingerprint.settled();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int tried = 0;
        int provinceCannotCall = 0;
        for (ApiOperation op : operations) {
            if (!op.roles().contains("province-admin")) {
                provinceCannotCall++;   // its role check answers 403 before any input is read
                continue;
            }
            String path = Values.path(op, nowhere);
            String query = Values.query(op, nowhere);
            if (op.jsonBody()) {
                JsonNode base = Values.body(op.document(), op.bodySchema(), nowhere);
                for (Map.Entry<String, String> body : bodies(base).entrySet()) {
                    tried++;
                    check(failures, statuses, op, "body: " + body.getKey(),
                            SUITE.send(op.method(), path + query, province, body.getValue(), op.bodyType()), null, false);
                }
                if (base instanceof ObjectNode object) {
                    for (Map.Entry<String, Mutation> field : fieldMutations(op, object).entrySet()) {
                        tried++;
                        check(failures, statuses, op, "field " + field.getKey(),
                                SUITE.send(op.method(), path + query, province, field.getValue().body(), op.bodyType()),
                                field.getValue().mustName(), false);
                    }
                }
            }
            String body = op.jsonBody() ? Values.write(Values.body(op.document(), op.bodySchema(), nowhere))
                    : op.bodyType() != null ? "x" : op.writes() ? "" : null;
            // what the operation answers to its required parameters alone: where that is already a refusal
            // (another parameter, an unknown unit), a hostile value needs only be refused too
            int baseline = SUITE.send(op.method(), path + query, province, body, op.bodyType()).status();
            for (ApiOperation.Parameter p : op.query()) {
                for (Map.Entry<String, String> value : HOSTILE_PARAMETERS.entrySet()) {
                    Map<String, String> params = new LinkedHashMap<>();
                    op.query().stream().filter(q -> q.required() && !q.name().equals(p.name()))
                            .forEach(q -> params.put(q.name(), Values.scalar(q.name(), q.schema(), nowhere).asText()));
                    params.put(p.name(), value.getValue());
                    tried++;
                    check(failures, statuses, op, "query " + p.name() + " = " + value.getKey(),
                            SUITE.send(op.method(), path + Values.queryString(params), province, body, op.bodyType()),
                            baseline / 100 == 2 ? mustRefuse(p.name(), value.getKey()) : null,
                            mustRefuse(p.name(), value.getKey()) == null);
                }
            }
            for (String name : op.pathParameterNames()) {
                for (Map.Entry<String, String> value : HOSTILE_PARAMETERS.entrySet()) {
                    if (value.getValue().isEmpty()) {
                        continue;   // an empty segment is another route
                    }
                    String hostilePath = op.path();
                    for (String other : op.pathParameterNames()) {
                        hostilePath = hostilePath.replace("{" + other + "}", Values.encode(other.equals(name)
                                ? value.getValue() : Values.pathValue(op, other, nowhere)));
                    }
                    tried++;
                    check(failures, statuses, op, "path {" + name + "} = " + value.getKey(),
                            SUITE.send(op.method(), hostilePath + query, province, body, op.bodyType()), null, false);
                }
            }
        }
        Map<String, String> after = DatabaseFingerprint.settled();

        System.out.printf("hostile input: %d requests on %d operations (%d not open to the province admin); "
                + "answers by status %s; %d failed%n", tried, operations.size(), provinceCannotCall, statuses, failures.size());
        failures.stream().limit(200).forEach(f -> System.out.println("  " + f));
        assertThat(tried).as("hostile requests").isGreaterThan(1000);
        assertThat(failures).as("answers that were not a 4xx problem naming the field").isEmpty();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, sum) -> {
            if (!Objects.equals(sum, after.get(table))) {
                changed.put(table, sum + " → " + after.get(table));
            }
        });
        assertThat(changed).as("tables changed by refused requests").isEmpty();
    }

    /** A body and whether its 400 must name a field (the field's name), or null when it need only be a 4xx problem. */
    record Mutation(String body, String mustName) {
    }

    private static Map<String, String> bodies(JsonNode base) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String json = Values.write(base);
        bodies.put("broken JSON", json.substring(0, Math.max(1, json.length() / 2)));
        bodies.put("not JSON at all", "khong phai json");
        bodies.put("an array instead of an object", "[" + json + "]");
        bodies.put("a string instead of an object", "\"x\"");
        bodies.put("empty object", "{}");
        bodies.put("null", "null");
        bodies.put("raw NUL byte inside a string", json.replaceFirst("\"([^\"]*)\":\"", "\"$1\":\"\u0000"));
        if (base instanceof ObjectNode object && object.fieldNames().hasNext()) {
            String first = object.fieldNames().next();
            bodies.put("duplicate key " + first, "{\"" + first + "\":" + Values.write(object.get(first)) + "," + json.substring(1));
            ObjectNode extra = object.deepCopy();
            extra.put("zzTruongThua", 1);
            bodies.put("extra field", Values.write(extra));
        }
        bodies.put("over the gateway's 1 MB limit", "{\"x\":\"" + "a".repeat(1_100_000) + "\"}");
        return bodies;
    }

    private static Map<String, Mutation> fieldMutations(ApiOperation op, ObjectNode base) {
        Map<String, Mutation> mutations = new LinkedHashMap<>();
        JsonNode properties = ApiOperation.resolve(op.document(), op.bodySchema()).path("properties");
        base.fieldNames().forEachRemaining(field -> {
            JsonNode schema = ApiOperation.resolve(op.document(), properties.path(field));
            String type = Values.type(schema);
            String format = schema.path("format").asText("");
            boolean isEnum = schema.has("enum");
            List<Map.Entry<String, JsonNode>> wrong = new ArrayList<>();
            switch (type) {
                case "string" -> {
                    wrong.add(Map.entry("a number", NODES.numberNode(12)));
                    wrong.add(Map.entry("true", NODES.booleanNode(true)));
                    wrong.add(Map.entry("an object", NODES.objectNode()));
                    wrong.add(Map.entry("NUL inside", NODES.textNode("Bắc\u0000Ninh")));
                    wrong.add(Map.entry("a lone surrogate", NODES.textNode("a" + LONE_SURROGATE + "b")));
                    wrong.add(Map.entry("an escape character", NODES.textNode("a\u001Bb")));
                    if (format.equals("date")) {
                        wrong.add(Map.entry("30 February", NODES.textNode("2023-02-30")));
                        wrong.add(Map.entry("a date-time", NODES.textNode("2023-02-01T00:00:00")));
                        wrong.add(Map.entry("a date as a number", NODES.numberNode(19000)));
                    }
                    if (isEnum) {
                        wrong.add(Map.entry("an unknown code", NODES.textNode("KHONG_CO_MA_NAY")));
                        wrong.add(Map.entry("an ordinal", NODES.numberNode(1)));
                        String first = schema.path("enum").path(0).asText();
                        wrong.add(Map.entry("a code in lower case", NODES.textNode(first.toLowerCase())));
                        wrong.add(Map.entry("a code with a NUL after it", NODES.textNode(first + "\u0000")));
                    }
                }
                case "integer" -> {
                    wrong.add(Map.entry("1.5", NODES.numberNode(1.5)));
                    wrong.add(Map.entry("a numeric string", NODES.textNode("12")));
                    wrong.add(Map.entry("true", NODES.booleanNode(true)));
                    wrong.add(Map.entry("a number beyond 64 bits", NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
                }
                case "number" -> {
                    wrong.add(Map.entry("a numeric string", NODES.textNode("12")));
                    wrong.add(Map.entry("true", NODES.booleanNode(true)));
                }
                case "boolean" -> {
                    wrong.add(Map.entry("2", NODES.numberNode(2)));
                    wrong.add(Map.entry("a string", NODES.textNode("true")));
                }
                case "array" -> wrong.add(Map.entry("a string instead of a list", NODES.textNode("x")));
                default -> wrong.add(Map.entry("a string instead of an object", NODES.textNode("x")));
            }
            for (Map.Entry<String, JsonNode> w : wrong) {
                ObjectNode body = base.deepCopy();
                body.set(field, w.getValue());
                mutations.put(field + ": " + w.getKey(), new Mutation(Values.write(body).replace(LONE_SURROGATE, "\\ud800"), field));
            }
            if (type.equals("string") && !isEnum && !format.equals("date")) {
                for (Map.Entry<String, String> v : Map.of("100 kB", HUNDRED_KB,
                        "SQL fragment", "x'); drop table member; --",
                        "script", "<img src=x onerror=alert(1)>",
                        "combining marks and zero-width", "Nguye\u0302\u0303n\u200b\u200d",
                        "emoji", "Hà \uD83C\uDDFB\uD83C\uDDF3").entrySet()) {
                    ObjectNode body = base.deepCopy();
                    body.put(field, v.getValue());
                    mutations.put(field + ": " + v.getKey(), new Mutation(Values.write(body), null));
                }
            }
            if (type.equals("integer") || type.equals("number")) {
                ObjectNode body = base.deepCopy();
                body.put(field, -1);
                mutations.put(field + ": negative", new Mutation(Values.write(body), null));
            }
            if (format.equals("date")) {
                ObjectNode body = base.deepCopy();
                body.put(field, "2999-01-01");
                mutations.put(field + ": far in the future", new Mutation(Values.write(body), null));
            }
        });
        ObjectNode missing = base.deepCopy();
        if (missing.fieldNames().hasNext()) {
            String first = missing.fieldNames().next();
            missing.remove(first);
            mutations.put("missing " + first, new Mutation(Values.write(missing), null));
        }
        return mutations;
    }

    /**
     * Query values a parameter must refuse (400): a cursor that no answer gave out, a limit outside 1..500, an
     * impossible date, a NUL byte. Other odd values of a filter may simply find nothing.
     */
    private static String mustRefuse(String parameter, String value) {
        String p = parameter.toLowerCase();
        boolean refuse = value.equals("NUL")
                || p.equals("after") && !value.equals("empty") && !value.equals("huge number")   // digits may be a unit code
                || p.equals("limit") && !value.equals("empty")
                || value.equals("30 February") && (p.contains("date") || p.equals("asof") || p.equals("from") || p.equals("to"));
        return refuse ? parameter : null;
    }

    private static void check(List<String> failures, Map<Integer, Integer> statuses, ApiOperation op, String what,
                              SuiteClient.Response r, String mustName, boolean mayFindNothing) {
        statuses.merge(r.status(), 1, Integer::sum);
        String type = r.header("Content-Type");
        String where = op.service() + ": " + op + " with " + what + " → " + r.status() + " ";
        if (mayFindNothing && r.status() / 100 == 2) {
            return;
        }
        if (what.endsWith("= NUL") && r.status() == 400 && type != null && type.startsWith("application/problem+json")) {
            return;   // refused by the gateway before any service sees it
        }
        if (r.status() / 100 != 4) {
            failures.add(where + abbreviated(r.body()));
        } else if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(where + "not a problem document (" + type + ")");
        } else if (mustName != null && r.status() == 400 && !r.body().contains(mustName)
                && !what.endsWith("a number beyond 64 bits")) {
            // (a number beyond 64 bits is refused by the JSON parser itself, which does not always say where)
            failures.add(where + "does not name the field " + mustName + ": " + abbreviated(r.body()));
        } else if (mustName != null && r.status() != 400) {
            failures.add(where + "a malformed " + mustName + " must be a 400: " + abbreviated(r.body()));
        }
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
