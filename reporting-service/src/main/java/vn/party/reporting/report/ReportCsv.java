package vn.party.reporting.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
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
import java.util.List;

/** A report as CSV (RFC 4180, UTF-8), written straight to the response: see {@link ReportTable}. */
@Provider
@Produces(ReportCsv.TEXT_CSV)
public class ReportCsv implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", "UTF-8");

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ReportTable.supports(type) && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        ReportTable table = ReportTable.of(report, json);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(table.header);
        for (List<Object> row : table.rows) {
            csv.printRecord(row);
        }
        csv.flush();
        writer.flush();
    }
}
