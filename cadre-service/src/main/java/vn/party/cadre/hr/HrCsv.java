package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HR system's CSV export: UTF-8 (a byte order mark is accepted), a header row, comma separated, RFC 4180 quoting.
 * The columns are the fields of the contract's Employee (deploy/hr-stub/hr-api.yaml), in any order, named without
 * regard to case; unknown columns are ignored as the sync ignores unknown fields. A row becomes the same record the
 * feed would give ({@link #record}), which {@link HrRecord#parse} then checks as it checks the feed's. The column
 * {@code positions} holds the person's civil-service positions in one cell: positions separated by {@code ;}, the
 * fields of one by {@code |} in the order title, organisation, from, to, salary grade (to and grade may be blank),
 * e.g. {@code Chuyên viên|Sở Nội vụ|2012-03-01|2018-06-30|01.003; Trưởng phòng|Sở Nội vụ|2018-07-01||01.002}.
 */
final class HrCsv {

    static final Set<String> REQUIRED = Set.of("nationalId", "fullName", "dateOfBirth", "sex", "ethnicity", "unitCode");
    static final List<String> COLUMNS = List.of("nationalId", "civilServantCode", "memberId", "fullName", "dateOfBirth", "sex",
            "ethnicity", "unitCode", "education", "qualification", "politicalTheory", "stateManagement", "foreignLanguage",
            "itLevel", "salaryGrade", "salaryCoefficient", "salaryBaseDong", "salaryEffectiveFrom", "positions", "updatedAt");
    private static final List<String> POSITION_FIELDS = List.of("title", "organisation", "from", "to", "salaryGrade");
    private static final Map<String, String> BY_LOWER = new HashMap<>();
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    static {
        COLUMNS.forEach(c -> BY_LOWER.put(c.toLowerCase(Locale.ROOT), c));
    }

    /** What no row-level report could fix: a 400 naming {@code field}. */
    static final class Refused extends RuntimeException {
        final String field;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    record Row(int number, ObjectNode record) {
    }

    /** Every row, numbered as in a spreadsheet (the header is row 1); blank rows are skipped. */
    static List<Row> read(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("body", "the file is not UTF-8: save the export as CSV UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            try {
                for (CSVRecord r : parser) {
                    List<String> cells = r.toList();
                    if (header == null) {
                        header = header(cells);
                    } else if (!cells.stream().allMatch(String::isBlank)) {
                        rows.add(new Row(Math.toIntExact(r.getRecordNumber()), record(header, cells)));
                    }
                }
            } catch (UncheckedIOException e) {
                throw new Refused("body", "the CSV cannot be read near line " + parser.getCurrentLineNumber()
                        + " (a quoted value ends with a quote, and a quote inside is written twice)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new Refused("header", "the file is empty: the first row names the columns");
        }
        if (rows.isEmpty()) {
            throw new Refused("body", "the file has no rows below the header");
        }
        return rows;
    }

    private static List<String> header(List<String> cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            String name = BY_LOWER.get(cell.trim().toLowerCase(Locale.ROOT));
            if (name != null && names.contains(name)) {
                throw new Refused("header", "the column " + name + " is named twice");
            }
            names.add(name); // null: a column the contract does not know, ignored
        }
        List<String> missing = REQUIRED.stream().filter(c -> !names.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new Refused("header", "required columns are missing: " + String.join(", ", missing)
                    + " (the columns are the fields of the HR contract: " + String.join(", ", COLUMNS) + ")");
        }
        return names;
    }

    /** The row as the feed's JSON record: text as text, the two salary figures as numbers, a blank cell absent. */
    static ObjectNode record(List<String> header, List<String> cells) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            String name = header.get(i);
            String value = cells.get(i).trim();
            if (name == null || value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "salaryBaseDong" -> {
                    if (value.matches("\\d{1,15}")) {
                        node.put(name, Long.parseLong(value));
                    } else {
                        node.put(name, value); // text: HrRecord reports it as not a whole number
                    }
                }
                case "salaryCoefficient" -> {
                    String decimal = value.replace(',', '.');
                    if (decimal.matches("\\d{1,3}(\\.\\d{1,4})?")) {
                        node.put(name, new BigDecimal(decimal));
                    } else {
                        node.put(name, value);
                    }
                }
                case "positions" -> node.set(name, positions(value));
                default -> node.put(name, value);
            }
        }
        return node;
    }

    /** The positions cell as the feed's list; a position with too many fields stays text, which the check reports. */
    static ArrayNode positions(String cell) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String entry : cell.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] fields = entry.split("\\|", -1);
            if (fields.length > POSITION_FIELDS.size()) {
                list.add(entry.trim());
                continue;
            }
            ObjectNode position = list.addObject();
            for (int i = 0; i < fields.length; i++) {
                if (!fields[i].isBlank()) {
                    position.put(POSITION_FIELDS.get(i), fields[i].trim());
                }
            }
        }
        return list;
    }

    private HrCsv() {
    }
}
