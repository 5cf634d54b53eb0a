package vn.party.reporting.filed;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lines of a summary document, for comparing a filed report with the current figures: one line per
 * section, unit (the reported one or one directly below) and figure ({@code byForm.WARNING}), with its value.
 * Freshness is not a figure.
 */
public final class SummaryLines {

    /** Where a line stands in the report. */
    public record Key(String section, String unitCode, String figure) {
    }

    public record Line(Key key, String unitName, JsonNode value) {
    }

    public static Map<Key, Line> of(JsonNode summary) {
        Map<Key, Line> lines = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = summary.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode section = f.getValue();
            if (!section.isObject() || !section.has("figures")) {
                continue;
            }
            unit(lines, f.getKey(), section.path("unitCode").asText(), section.path("unitName").asText(),
                    section.get("figures"));
            for (JsonNode child : section.path("children")) {
                unit(lines, f.getKey(), child.path("unitCode").asText(), child.path("unitName").asText(),
                        child.get("figures"));
            }
        }
        return lines;
    }

    private static void unit(Map<Key, Line> lines, String section, String code, String name, JsonNode figures) {
        flatten(lines, section, code, name, "", figures);
    }

    private static void flatten(Map<Key, Line> lines, String section, String code, String name, String prefix, JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(lines, section, code, name, prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(lines, section, code, name, prefix + "." + i, node.get(i));
            }
        } else {
            Key key = new Key(section, code, prefix);
            lines.put(key, new Line(key, name, node));
        }
    }

    private SummaryLines() {
    }
}
