package vn.party.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV of a report, written straight to the response. A section is one row for the unit and one per unit
 * directly below it, a column per figure (nested figures as {@code byType.SCHOOL}, list entries as
 * {@code targets.0.percent}). A summary is in long form: section, unit, figure, value.
 */
@Provider
@Produces(ReportCsv.TEXT_CSV)
public class ReportCsv implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (Section.class.isAssignableFrom(type) || Reports.Summary.class.isAssignableFrom(type))
                && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        if (report instanceof Section<?> section) {
            writeSection(csv, section);
        } else {
            writeSummary(csv, (Reports.Summary) report);
        }
        csv.flush();
        writer.flush();
    }

    private void writeSection(CSVPrinter csv, Section<?> section) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row(section.unitCode(), section.unitName(), "unit", section.figures()));
        for (Section.Child<?> child : section.children()) {
            rows.add(row(child.unitCode(), child.unitName(), "child", child.figures()));
        }
        Set<String> columns = new LinkedHashSet<>(List.of("unitCode", "unitName", "level", "period", "from", "to", "date",
                "completeUpTo"));
        rows.forEach(r -> columns.addAll(r.keySet()));
        csv.printRecord(columns);
        for (Map<String, String> r : rows) {
            r.put("period", section.period());
            r.put("from", section.from() == null ? null : section.from().toString());
            r.put("to", section.to() == null ? null : section.to().toString());
            r.put("date", section.date() == null ? null : section.date().toString());
            r.put("completeUpTo", section.completeUpTo() == null ? null : section.completeUpTo().toString());
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                values.add(r.getOrDefault(c, ""));
            }
            csv.printRecord(values);
        }
    }

    private void writeSummary(CSVPrinter csv, Reports.Summary summary) throws IOException {
        csv.printRecord("section", "unitCode", "unitName", "level", "figure", "value");
        Map<String, Section<?>> sections = new LinkedHashMap<>();
        sections.put("members", summary.members());
        sections.put("organisations", summary.organisations());
        sections.put("admissions", summary.admissions());
        sections.put("transfers", summary.transfers());
        sections.put("exits", summary.exits());
        sections.put("meetings", summary.meetings());
        sections.put("dues", summary.dues());
        sections.put("grading", summary.grading());
        for (Map.Entry<String, Section<?>> e : sections.entrySet()) {
            Section<?> s = e.getValue();
            if (s == null) {
                continue;
            }
            longForm(csv, e.getKey(), s.unitCode(), s.unitName(), "unit", s.figures());
            for (Section.Child<?> c : s.children()) {
                longForm(csv, e.getKey(), c.unitCode(), c.unitName(), "child", c.figures());
            }
        }
    }

    private void longForm(CSVPrinter csv, String section, String code, String name, String level, Object figures)
            throws IOException {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", json.valueToTree(figures), flat);
        for (Map.Entry<String, String> f : flat.entrySet()) {
            csv.printRecord(section, code, name, level, f.getKey(), f.getValue());
        }
    }

    private Map<String, String> row(String code, String name, String level, Object figures) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("unitCode", code);
        r.put("unitName", name);
        r.put("level", level);
        flatten("", json.valueToTree(figures), r);
        return r;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull()) {
            into.put(prefix, "");
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
        } else {
            into.put(prefix, node.asText());
        }
    }
}
