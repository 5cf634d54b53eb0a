package vn.party.reporting.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/** A report as an XLSX workbook of one sheet, streamed by fastexcel: the table of {@link ReportTable}. */
@Provider
@Produces(ReportXlsx.XLSX)
public class ReportXlsx implements MessageBodyWriter<Object> {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ReportTable.supports(type) && mediaType.isCompatible(MediaType.valueOf(XLSX));
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        ReportTable table = ReportTable.of(report, json);
        Workbook workbook = new Workbook(out, "reporting-service", "1.0");
        Worksheet sheet = workbook.newWorksheet("Báo cáo");
        for (int c = 0; c < table.header.size(); c++) {
            sheet.value(0, c, table.header.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (v != null) {
                    sheet.value(r, c, v.toString());
                }
            }
            if (r % 1000 == 0) {
                sheet.flush();
            }
            r++;
        }
        workbook.finish();
    }
}
