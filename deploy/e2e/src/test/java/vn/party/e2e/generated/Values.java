package vn.party.e2e.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Values for an operation's parameters and body, taken from one committee's real data (its units, members
 * and records) or made up so that they name nothing that exists. Chosen by the parameter's name and schema,
 * the way the APIs name them ({code}, unitCode, cellCode, memberId, {id} under a collection, ...).
 */
final class Values {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A committee's real identifiers: a unit code to name, a cell, a member, and an id per collection path. */
    record Committee(String unit, String cell, String member, Map<String, String> idsByCollection) {

        /** Identifiers that exist nowhere: the answer to them is what "not found" looks like. */
        static Committee nowhere() {
            return new Committee("zz_khong_ton_tai", "zz_khong_ton_tai_cb", UUID.randomUUID().toString(), Map.of());
        }

        /** Every identifier, to look for in another committee's answers. */
        java.util.Set<String> identifiers() {
            java.util.Set<String> all = new java.util.LinkedHashSet<>(idsByCollection.values());
            all.add(cell);
            all.add(member);
            return all;
        }
    }

    private Values() {
    }

    /** The path with every {parameter} filled from the committee's data. */
    static String path(ApiOperation op, Committee c) {
        String path = op.path();
        for (String name : op.pathParameterNames()) {
            path = path.replace("{" + name + "}", encode(pathValue(op, name, c)));
        }
        return path;
    }

    static String pathValue(ApiOperation op, String name, Committee c) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("cellcode")) {
            return c.cell();
        }
        if (lower.equals("code") || lower.endsWith("unitcode") || lower.equals("unit")) {
            return c.unit();
        }
        if (lower.equals("memberid")) {
            return c.member();
        }
        if (lower.equals("section")) {
            return "members";   // a report section that every unit has
        }
        if (lower.equals("id")) {
            String collection = op.path().substring(0, op.path().indexOf("/{id}"));
            if (collection.endsWith("/members")) {
                return c.member();
            }
            if (collection.endsWith("/cadre/v1/cadres")) {
                // a cadre is named by its profile's id (cadre's GET cadres/{id}/history)
                collection = collection.substring(0, collection.length() - "cadres".length()) + "profiles";
            }
            return c.idsByCollection().getOrDefault(collection, UUID.randomUUID().toString());
        }
        ApiOperation.Parameter p = op.parameters().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        return p == null ? "1" : scalar(name, p.schema(), c).asText();
    }

    /** Query string of the operation's required parameters, and of every parameter that names a unit or member. */
    static String query(ApiOperation op, Committee c) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiOperation.Parameter p : op.query()) {
            if (p.required() || namesScopedData(p.name())) {
                values.put(p.name(), scalar(p.name(), p.schema(), c).asText());
            }
        }
        return queryString(values);
    }

    static boolean namesScopedData(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("unit") || lower.equals("under") || lower.endsWith("unitcode") || lower.equals("cell")
                || lower.endsWith("cellcode") || lower.equals("memberid") || lower.equals("body") || lower.equals("bodyid")
                || lower.equals("caseid");
    }

    static String queryString(Map<String, String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder q = new StringBuilder("?");
        values.forEach((k, v) -> q.append(q.length() > 1 ? "&" : "").append(encode(k)).append('=').append(encode(v)));
        return q.toString();
    }

    /** A body shaped as the schema asks, with identifiers from the committee. */
    static JsonNode body(JsonNode doc, JsonNode schema, Committee c) {
        return value(doc, "body", schema, c, 0);
    }

    private static JsonNode value(JsonNode doc, String name, JsonNode schema, Committee c, int depth) {
        schema = ApiOperation.resolve(doc, schema);
        if (depth == 1 && name.equals("code")) {
            // the code a new unit is to have: a fresh one, since naming a taken code is rightly a 409 anywhere
            return NODES.textNode("zz_moi_" + Long.toString(System.nanoTime(), 36));
        }
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return NODES.textNode("x");
        }
        if (schema.has("allOf")) {
            return value(doc, name, schema.path("allOf").get(0), c, depth + 1);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
            for (JsonNode option : options) {
                if (!"null".equals(option.path("type").asText())) {
                    return value(doc, name, option, c, depth + 1);
                }
            }
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(f ->
                        object.set(f.getKey(), value(doc, f.getKey(), f.getValue(), c, depth + 1)));
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(value(doc, singular(name), schema.path("items"), c, depth + 1));
                return array;
            }
            default -> {
                return scalar(name, schema, c);
            }
        }
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return "string";
    }

    static JsonNode scalar(String name, JsonNode schema, Committee c) {
        String lower = name.toLowerCase(Locale.ROOT);
        String type = schema == null ? "string" : type(schema);
        String format = schema == null ? "" : schema.path("format").asText("");
        if (schema != null && schema.has("enum") && schema.path("enum").size() > 0) {
            for (JsonNode e : schema.path("enum")) {
                if (!e.isNull()) {
                    return e;
                }
            }
        }
        switch (type) {
            case "integer" -> {
                if (lower.contains("year")) {
                    return NODES.numberNode(2026);
                }
                if (lower.equals("limit")) {
                    return NODES.numberNode(10);
                }
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(1000);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
            }
        }
        if (lower.endsWith("year")) {
            return NODES.textNode("2026");   // a year typed as text in a path
        }
        if (format.equals("date") || lower.endsWith("date") || lower.equals("asof") || lower.equals("from")
                || lower.equals("to")) {
            return NODES.textNode("2026-03-02");
        }
        if (format.equals("date-time")) {
            return NODES.textNode("2026-03-02T08:00:00Z");
        }
        if (lower.equals("cellcode") || lower.equals("cell") || lower.endsWith("cellcodes") || lower.equals("hostunitcode")) {
            return NODES.textNode(c.cell());
        }
        if (lower.equals("unit") || lower.equals("under") || lower.endsWith("unitcode") || lower.equals("code")
                || lower.equals("parentcode") || lower.endsWith("bodyunit") || lower.endsWith("unitcodes")) {
            return NODES.textNode(c.unit());
        }
        if (lower.equals("memberid") || lower.endsWith("memberids") || lower.equals("member")) {
            return NODES.textNode(c.member());
        }
        if (format.equals("uuid") || lower.endsWith("id")) {
            return NODES.textNode(recordId(lower, c).orElseGet(() -> UUID.randomUUID().toString()));
        }
        if (lower.equals("month")) {
            return NODES.textNode("2026-03");
        }
        if (lower.equals("period")) {
            return NODES.textNode("2026");
        }
        if (lower.equals("nationalid")) {
            return NODES.textNode("001099012345");
        }
        return NODES.textNode("Thử nghiệm");
    }

    /**
     * The committee's real record that a body field such as {@code caseId} or {@code positionId} names: the first
     * record of the collection whose last path segment is that noun in the plural ({@code /cases},
     * {@code /discipline-decisions} for {@code decisionId}, {@code /bodies} for {@code heardByBodyId}). A random id would only ever test "not found".
     */
    static java.util.Optional<String> recordId(String lowerName, Committee c) {
        String noun = lowerName.replaceAll("ids?$", "");
        if (noun.isEmpty()) {
            return java.util.Optional.empty();
        }
        return c.idsByCollection().entrySet().stream()
                .filter(e -> {
                    String last = e.getKey().substring(e.getKey().lastIndexOf('/') + 1).replace("-", "").toLowerCase(Locale.ROOT);
                    String one = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
                            : last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
                    // decisionId → /discipline-decisions, heardByBodyId → /bodies
                    return one.endsWith(noun) || noun.endsWith(one);
                })
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
