package vn.party.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.party.reporting.inspection.InspectionStatistics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report as a table for exports. A section is one row for the unit and one per unit directly below it, a
 * column per figure (nested figures as {@code byType.SCHOOL}, list entries as {@code targets.0.percent}). A
 * summary is in long form: section, unit, figure, value. Numbers stay numbers (for spreadsheets).
 */
public final class ReportTable {

    public final List<String> header;
    public final List<List<Object>> rows;

    private ReportTable(List<String> header, List<List<Object>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static boolean supports(Class<?> type) {
        return Section.class.isAssignableFrom(type) || Reports.Summary.class.isAssignableFrom(type)
                || InspectionStatistics.Statistics.class.isAssignableFrom(type);
    }

    public static ReportTable of(Object report, ObjectMapper json) {
        if (report instanceof InspectionStatistics.Statistics statistics) {
            return statistics(statistics);
        }
        return report instanceof Section<?> section ? section(section, json) : summary((Reports.Summary) report, json);
    }

    /** The inspection statistics in long form: standard, table, unit, figure, value, a row per figure. */
    private static ReportTable statistics(InspectionStatistics.Statistics s) {
        List<List<Object>> out = new ArrayList<>();
        for (InspectionStatistics.Table t : s.tables()) {
            statisticsRows(out, s, t, s.unitCode(), s.unitName(), "unit", t.figures());
            for (InspectionStatistics.Row c : t.children()) {
                statisticsRows(out, s, t, c.unitCode(), c.unitName(), "child", c.figures());
            }
        }
        return new ReportTable(List.of("standard", "period", "table", "title", "unitCode", "unitName", "level", "figure",
                "value"), out);
    }

    private static void statisticsRows(List<List<Object>> out, InspectionStatistics.Statistics s, InspectionStatistics.Table t,
                                       String code, String name, String level, Map<String, Long> figures) {
        for (Map.Entry<String, Long> f : figures.entrySet()) {
            out.add(new ArrayList<>(List.of(s.standard().regulation(), s.period(), t.code(), t.title(), code,
                    name == null ? code : name, level, f.getKey(), f.getValue())));
        }
    }

    private static ReportTable section(Section<?> section, ObjectMapper json) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(section.unitCode(), section.unitName(), "unit", section.figures(), json));
        for (Section.Child<?> child : section.children()) {
            rows.add(row(child.unitCode(), child.unitName(), "child", child.figures(), json));
        }
        Set<String> columns = new LinkedHashSet<>(List.of("unitCode", "unitName", "level", "period", "from", "to", "date",
                "completeUpTo"));
        rows.forEach(r -> columns.addAll(r.keySet()));
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            r.put("period", section.period());
            r.put("from", text(section.from()));
            r.put("to", text(section.to()));
            r.put("date", text(section.date()));
            r.put("completeUpTo", text(section.completeUpTo()));
            List<Object> values = new ArrayList<>();
            for (String c : columns) {
                values.add(r.get(c));
            }
            out.add(values);
        }
        return new ReportTable(List.copyOf(columns), out);
    }

    private static ReportTable summary(Reports.Summary summary, ObjectMapper json) {
        Map<String, Section<?>> sections = new LinkedHashMap<>();
        sections.put("members", summary.members());
        sections.put("organisations", summary.organisations());
        sections.put("admissions", summary.admissions());
        sections.put("transfers", summary.transfers());
        sections.put("exits", summary.exits());
        sections.put("meetings", summary.meetings());
        sections.put("dues", summary.dues());
        sections.put("grading", summary.grading());
        sections.put("inspections", summary.inspections());
        sections.put("discipline", summary.discipline());
        sections.put("denunciations", summary.denunciations());
        sections.put("suspensions", summary.suspensions());
        sections.put("cadres", summary.cadres());
        sections.put("planning", summary.planning());
        sections.put("training", summary.training());
        sections.put("appointments", summary.appointments());
        List<List<Object>> out = new ArrayList<>();
        for (Map.Entry<String, Section<?>> e : sections.entrySet()) {
            Section<?> s = e.getValue();
            if (s == null) {
                continue;
            }
            longForm(out, e.getKey(), s.unitCode(), s.unitName(), "unit", s.figures(), json);
            for (Section.Child<?> c : s.children()) {
                longForm(out, e.getKey(), c.unitCode(), c.unitName(), "child", c.figures(), json);
            }
        }
        return new ReportTable(List.of("section", "unitCode", "unitName", "level", "figure", "value"), out);
    }

    private static void longForm(List<List<Object>> out, String section, String code, String name, String level,
                                 Object figures, ObjectMapper json) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", json.valueToTree(figures), flat);
        for (Map.Entry<String, Object> f : flat.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(section);
            row.add(code);
            row.add(name);
            row.add(level);
            row.add(f.getKey());
            row.add(f.getValue());
            out.add(row);
        }
    }

    private static Map<String, Object> row(String code, String name, String level, Object figures, ObjectMapper json) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("unitCode", code);
        r.put("unitName", name);
        r.put("level", level);
        flatten("", json.valueToTree(figures), r);
        return r;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> into) {
        if (node == null || node.isNull()) {
            into.put(prefix, null);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), into);
            }
        } else if (node.isNumber()) {
            into.put(prefix, node.numberValue());
        } else {
            into.put(prefix, node.asText());
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
