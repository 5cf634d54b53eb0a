package vn.party.e2e.generated;

import com.fasterxml.jackson.databind.JsonNode;
import vn.party.e2e.SuiteClient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a service's API as its own OpenAPI document describes it (read through the gateway), so
 * that the generated tests cover an endpoint the day it is written.
 */
record ApiOperation(String service, String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                    String bodyType, Set<String> roles, JsonNode document) {

    static final List<String> SERVICES = List.of("membership", "inspection", "cadre", "reporting");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** Every operation of every service, read from /api/&lt;service&gt;/openapi through the gateway. */
    static List<ApiOperation> all(SuiteClient suite) {
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            SuiteClient.Response document = suite.send("GET", "/api/" + service + "/openapi?format=json", null, null, null);
            if (document.status() != 200) {
                throw new IllegalStateException(service + "'s OpenAPI document answered " + document.status());
            }
            JsonNode doc = document.json();
            doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    return;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode resolved = resolve(doc, p);
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolved.path("required").asBoolean(false), resolve(doc, resolved.path("schema"))));
                }
                JsonNode content = op.getValue().path("requestBody").path("content");
                String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode bodySchema = bodyType == null ? null : resolve(doc, content.path(bodyType).path("schema"));
                Set<String> roles = new LinkedHashSet<>();
                op.getValue().path("security").forEach(requirement -> requirement.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                operations.add(new ApiOperation(service, method, path.getKey(), parameters, bodySchema, bodyType,
                        roles, doc));
            }));
        }
        return operations;
    }

    /** A schema or parameter with its {@code $ref} followed. */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        int guard = 0;
        while (node != null && node.has("$ref") && guard++ < 20) {
            String ref = node.path("$ref").asText();   // #/components/schemas/Name
            JsonNode target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            node = target;
        }
        return node;
    }

    List<String> pathParameterNames() {
        List<String> names = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    List<Parameter> query() {
        return parameters.stream().filter(p -> p.in().equals("query")).toList();
    }

    boolean writes() {
        return !method.equals("GET");
    }

    boolean jsonBody() {
        return bodyType != null && bodyType.contains("json");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
