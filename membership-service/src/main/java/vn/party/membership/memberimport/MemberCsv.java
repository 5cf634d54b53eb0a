package vn.party.membership.memberimport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.member.MemberApi;
import vn.party.membership.member.PoliticalTheory;
import vn.party.membership.member.Sex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The documented column set of a member import (README.md beside this class): UTF-8, a header row, comma
 * separated, RFC 4180 quoting. Columns are named as the fields of POST /members and may come in any order;
 * optional ones may be left out. Plain Java: reads the file and turns a row into the request POST /members
 * takes, reporting cells it cannot read.
 */
public final class MemberCsv {

    /** One documented column; {@code required} ones must be in the header. */
    public record Column(String name, boolean required, String format) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("nationalId", true, "12 digits (CCCD); format the column as text so a leading 0 stays"),
            new Column("fullName", true, "full name with diacritics, e.g. Nguyễn Thị Hoa"),
            new Column("dateOfBirth", true, "yyyy-mm-dd or dd/mm/yyyy"),
            new Column("sex", true, "MALE or FEMALE; also Nam or Nữ"),
            new Column("ethnicity", true, "e.g. Kinh, Tày"),
            new Column("religion", false, "e.g. Không"),
            new Column("partyCardNumber", false, "party card number"),
            new Column("hometown", false, "quê quán"),
            new Column("education", false, "e.g. 12/12"),
            new Column("professionalQualification", false, "e.g. Cử nhân Luật"),
            new Column("politicalTheory", false, "NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR; "
                    + "also Không, Sơ cấp, Trung cấp, Cao cấp, Cử nhân"),
            new Column("occupation", false, "e.g. Công chức"),
            new Column("unitCode", true, "code of the cell or base cell, inside your subtree"),
            new Column("status", false, "CANDIDATE (when blank), PROBATIONARY or FULL; "
                    + "also Quần chúng ưu tú, Dự bị, Chính thức"),
            new Column("admittedOn", false, "admission decision date, for PROBATIONARY and FULL"),
            new Column("confirmedOn", false, "confirmation date, for FULL"),
            new Column("inUnitSince", false, "date the person belongs to the cell from"));

    /** A file the import cannot start on: bad header, broken quoting, no rows. Answered at once as a 400. */
    public static final class FileRefused extends RuntimeException {
        private final String field;
        private final boolean notUtf8;

        FileRefused(String field, String message) {
            this(field, message, false);
        }

        private FileRefused(String field, String message, boolean notUtf8) {
            super(message, null, false, false);
            this.field = field;
            this.notUtf8 = notUtf8;
        }

        public String field() {
            return field;
        }

        /** The bytes are not UTF-8 text: nothing in the file can be read. */
        public boolean notUtf8() {
            return notUtf8;
        }
    }

    /** A data row: its spreadsheet row number (the header is row 1) and its cells as written. */
    public record Row(int number, List<String> cells) {
    }

    /** The columns in the order of the header, and the non-blank rows below it. */
    public record Sheet(List<String> header, List<Row> rows) {
    }

    /** A row read into the request POST /members takes, or the cells that could not be read. */
    public record Reading(MemberApi.RegisterRequest request, List<RowError> errors) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, Column> BY_NAME = COLUMNS.stream()
            .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), c -> c));
    private static final Map<String, Sex> SEXES = Map.of("male", Sex.MALE, "nam", Sex.MALE,
            "female", Sex.FEMALE, "nữ", Sex.FEMALE);
    private static final Map<String, PoliticalTheory> THEORY_LABELS = Map.of("không", PoliticalTheory.NONE,
            "sơ cấp", PoliticalTheory.ELEMENTARY, "trung cấp", PoliticalTheory.INTERMEDIATE,
            "cao cấp", PoliticalTheory.ADVANCED, "cử nhân", PoliticalTheory.BACHELOR);
    private static final Map<String, MemberStatus> STATUS_LABELS = Map.of("quần chúng ưu tú", MemberStatus.CANDIDATE,
            "dự bị", MemberStatus.PROBATIONARY, "chính thức", MemberStatus.FULL);

    /** Reads the whole file: header and rows. Throws {@link FileRefused} for what no row-level report could fix. */
    public static Sheet read(String text) {
        try (Rows rows = open(new StringReader(text))) {
            List<Row> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            if (all.isEmpty()) {
                throw new FileRefused("body", "the file has no rows below the header");
            }
            return new Sheet(rows.header(), List.copyOf(all));
        }
    }

    /**
     * UTF-8 bytes read strictly: a byte that is not UTF-8 is a {@link FileRefused} ({@link FileRefused#notUtf8()})
     * where it is met, instead of a replacement character.
     */
    public static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The file read row by row, keeping none: the header at once ({@link FileRefused} when it is missing or
     * wrong), then the non-blank rows as they are read (broken quoting is a {@link FileRefused} at the row it is
     * met). A 230,000-row file is read in the memory of one row at a time, not of the whole sheet.
     */
    public static Rows open(Reader text) {
        return new Rows(text);
    }

    /** The rows of a file as they are read; see {@link #open}. */
    public static final class Rows implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        private Row next;

        private Rows(Reader text) {
            try {
                Reader body = new java.io.BufferedReader(text, 1 << 16);
                body.mark(1);
                if (body.read() != '\uFEFF') {
                    body.reset();
                }
                parser = CSVParser.parse(body, FORMAT);
            } catch (IOException e) {
                throw refusal(e, 1);
            }
            records = parser.iterator();
            CSVRecord first = nextRecord();
            if (first == null) {
                throw new FileRefused("header", "the file is empty: the first row names the columns");
            }
            header = MemberCsv.header(first.toList());
        }

        /** The columns in the order of the header. */
        public List<String> header() {
            return header;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                CSVRecord record = nextRecord();
                if (record == null) {
                    return false;
                }
                List<String> cells = record.toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    next = new Row(Math.toIntExact(record.getRecordNumber()), List.copyOf(cells));
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        /** Up to {@code size} more rows; empty at the end. */
        public List<Row> next(int size) {
            List<Row> chunk = new ArrayList<>(Math.min(size, 4096));
            while (chunk.size() < size && hasNext()) {
                chunk.add(next());
            }
            return chunk;
        }

        private CSVRecord nextRecord() {
            try {
                return records.hasNext() ? records.next() : null;
            } catch (UncheckedIOException e) {
                throw refusal(e.getCause(), parser.getCurrentLineNumber());
            }
        }

        private static FileRefused refusal(IOException e, long line) {
            if (e instanceof CharacterCodingException) {
                return new FileRefused("body", "the file is not UTF-8 text: save it as \"CSV UTF-8\"", true);
            }
            return new FileRefused("body", "the CSV cannot be read near line " + line
                    + " (check the quotes: a quoted value ends with a quote, and a quote inside is written twice)");
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> header(List<String> cells) {
        List<String> names = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String cell : cells) {
            Column column = BY_NAME.get(Normalizer.normalize(cell.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
            if (column == null) {
                unknown.add(cell.trim());
            } else if (names.contains(column.name())) {
                throw new FileRefused("header", "the column " + column.name() + " appears twice in the header");
            } else {
                names.add(column.name());
            }
        }
        if (!unknown.isEmpty()) {
            throw new FileRefused("header", "unknown columns " + unknown + "; the columns are "
                    + COLUMNS.stream().map(Column::name).toList());
        }
        List<String> missing = COLUMNS.stream().filter(Column::required).map(Column::name)
                .filter(name -> !names.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new FileRefused("header", "required columns missing from the header: " + missing);
        }
        return List.copyOf(names);
    }

    /** Reads one row into a registration request; cells that cannot be read are errors, left null in the request. */
    public static Reading convert(List<String> header, Row row) {
        List<RowError> errors = new ArrayList<>();
        if (row.cells().size() != header.size()) {
            errors.add(new RowError(row.number(), null, "the row has " + row.cells().size() + " values, the header "
                    + header.size() + " columns", RowError.FORMAT));
            return new Reading(null, errors);
        }
        Map<String, String> cell = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = Normalizer.normalize(row.cells().get(i).trim(), Normalizer.Form.NFC);
            cell.put(header.get(i), value.isEmpty() ? null : value);
        }
        Cells c = new Cells(row.number(), cell, errors);
        String nationalId = cell.get("nationalId");
        if (nationalId != null && nationalId.matches("[0-9]{11}")) {
            errors.add(new RowError(row.number(), "nationalId", "11 digits: a spreadsheet may have dropped the leading 0; "
                    + "format the column as text", RowError.FORMAT));
        }
        MemberApi.RegisterRequest request = new MemberApi.RegisterRequest(nationalId, cell.get("fullName"),
                c.date("dateOfBirth"), c.coded("sex", SEXES, Sex.class), cell.get("ethnicity"), cell.get("religion"),
                cell.get("partyCardNumber"), cell.get("hometown"), cell.get("education"),
                cell.get("professionalQualification"), c.coded("politicalTheory", THEORY_LABELS, PoliticalTheory.class),
                cell.get("occupation"), cell.get("unitCode"), c.coded("status", STATUS_LABELS, MemberStatus.class),
                c.date("admittedOn"), c.date("confirmedOn"), c.date("inUnitSince"), null);
        return new Reading(request, errors);
    }

    /**
     * Rows whose national ID or party card number is also on another row: each such row is an error, since
     * the file cannot say which of them is the person's record.
     */
    public static Map<Integer, List<RowError>> duplicates(Sheet sheet) {
        return duplicates(sheet.header(), sheet.rows().iterator());
    }

    /**
     * {@link #duplicates(Sheet)} of rows read one by one: only each value's first row is kept while reading (a
     * 230,000-row file costs two maps of 230,000 short strings), and every row of a repeated value afterwards.
     */
    public static Map<Integer, List<RowError>> duplicates(List<String> header, Iterator<Row> rows) {
        List<String> columns = List.of("nationalId", "partyCardNumber");
        List<Integer> indexes = columns.stream().map(header::indexOf).toList();
        List<Map<String, Integer>> firstRow = List.of(new HashMap<>(), new HashMap<>());
        List<Map<String, List<Integer>>> repeated = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int c = 0; c < columns.size(); c++) {
                int index = indexes.get(c);
                if (index < 0 || row.cells().size() <= index || row.cells().get(index).isBlank()) {
                    continue;
                }
                String value = row.cells().get(index).trim();
                Integer first = firstRow.get(c).putIfAbsent(value, row.number());
                if (first != null) {
                    repeated.get(c).computeIfAbsent(value, k -> new ArrayList<>(List.of(first))).add(row.number());
                }
            }
        }
        Map<Integer, List<RowError>> found = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            for (List<Integer> same : repeated.get(c).values()) {
                for (int row : same) {
                    List<Integer> others = same.stream().filter(r -> r != row).limit(10).toList();
                    found.computeIfAbsent(row, k -> new ArrayList<>()).add(new RowError(row, column,
                            "the same " + column + " is also on row" + (others.size() > 1 ? "s " : " ")
                                    + others.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            RowError.DUPLICATE_IN_FILE));
                }
            }
        }
        // as the file's order: the national ID's error before the card number's
        found.values().forEach(list -> list.sort(java.util.Comparator.comparing(e -> columns.indexOf(e.column()))));
        return found;
    }

    /** Reads typed cells of one row, collecting what cannot be read. */
    private record Cells(int row, Map<String, String> values, List<RowError> errors) {

        LocalDate date(String column) {
            String v = values.get(column);
            if (v == null) {
                return null;
            }
            try {
                return v.contains("/") ? LocalDate.parse(v, VIETNAMESE_DATE) : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row, column, "'" + v + "' is not a date: yyyy-mm-dd or dd/mm/yyyy", RowError.FORMAT));
                return null;
            }
        }

        <E extends Enum<E>> E coded(String column, Map<String, E> labels, Class<E> type) {
            String v = values.get(column);
            if (v == null) {
                return null;
            }
            E labelled = labels.get(v.toLowerCase(Locale.ROOT));
            if (labelled != null) {
                return labelled;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, column, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants())
                        + " or their Vietnamese names", RowError.FORMAT));
                return null;
            }
        }
    }

    private MemberCsv() {
    }
}
