package vn.party.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The printable summary (báo cáo số liệu) as PDF, laid out like a committee's periodic report: the party's
 * heading, the unit and the period, then each section's figures of the unit with Vietnamese labels and a table
 * of the units directly below. The font is Liberation Sans as PDFBox ships it (SIL Open Font License 1.1),
 * embedded as a subset: it has every Vietnamese letter with its diacritics.
 */
@Provider
@Produces(ReportPdf.PDF)
public class ReportPdf implements MessageBodyWriter<Reports.Summary> {

    public static final String PDF = "application/pdf";
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float LINE = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Tên mục: the sections in the order of the report. */
    static final Map<String, String> SECTIONS = new LinkedHashMap<>();
    /** Tên chỉ tiêu: the figures' labels; a figure without one shows its code. */
    static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("full", "Đảng viên chính thức"), Map.entry("probationary", "Đảng viên dự bị"),
            Map.entry("total", "Tổng số"), Map.entry("changeSinceTermStart", "Tăng, giảm từ đầu nhiệm kỳ"),
            Map.entry("baseOrganisations", "Tổ chức cơ sở đảng"), Map.entry("cells", "Chi bộ"),
            Map.entry("admitted", "Kết nạp"), Map.entry("readmitted", "Kết nạp lại"),
            Map.entry("termAdmitted", "Kết nạp từ đầu nhiệm kỳ"), Map.entry("in", "Chuyển đến"), Map.entry("out", "Chuyển đi"),
            Map.entry("regular", "Sinh hoạt thường kỳ"), Map.entry("thematic", "Sinh hoạt chuyên đề"),
            Map.entry("attendanceRate", "Tỷ lệ đảng viên dự họp (%)"), Map.entry("committeeRate", "Tỷ lệ cấp ủy viên dự họp (%)"),
            Map.entry("cellsMissing", "Chi bộ không sinh hoạt đủ tháng"), Map.entry("collectedDong", "Đảng phí đã thu (đồng)"),
            Map.entry("memberMonthsUnpaid", "Tháng đảng viên chưa đóng đảng phí"),
            Map.entry("membersGraded", "Đảng viên được xếp loại"), Map.entry("members", "Đảng viên"),
            Map.entry("organisations", "Tổ chức đảng"), Map.entry("annulledOnAppeal", "Hủy do khiếu nại"),
            Map.entry("appeals", "Khiếu nại kỷ luật đã giải quyết"), Map.entry("cases", "Số cuộc"),
            Map.entry("planned", "Theo kế hoạch"), Map.entry("surprise", "Đột xuất"),
            Map.entry("organisationsCovered", "Tổ chức được kiểm tra, giám sát"), Map.entry("membersCovered", "Đảng viên được kiểm tra, giám sát"),
            Map.entry("membersWithViolations", "Đảng viên có vi phạm"), Map.entry("organisationsWithViolations", "Tổ chức có vi phạm"),
            Map.entry("closed", "Đã kết thúc"), Map.entry("followUpsOverdue", "Việc sau kết luận quá hạn"),
            Map.entry("received", "Đã nhận"), Map.entry("resolved", "Đã giải quyết"), Map.entry("resolvedOnTime", "Giải quyết đúng hạn"),
            Map.entry("started", "Bắt đầu"), Map.entry("ended", "Kết thúc"), Map.entry("inForce", "Đang đình chỉ"),
            Map.entry("posts", "Chức danh đang đảm nhiệm"), Map.entry("concurrentHolders", "Cán bộ kiêm nhiệm"),
            Map.entry("added", "Bổ sung quy hoạch"), Map.entry("removed", "Đưa ra khỏi quy hoạch"),
            Map.entry("enrolled", "Cử đi đào tạo, bồi dưỡng"), Map.entry("completed", "Hoàn thành"),
            Map.entry("appointed", "Bổ nhiệm"), Map.entry("reappointed", "Bổ nhiệm lại"), Map.entry("rotated", "Luân chuyển"),
            Map.entry("WARNING", "Cảnh cáo"), Map.entry("REPRIMAND", "Khiển trách"), Map.entry("EXPULSION", "Khai trừ"),
            Map.entry("REMOVAL_FROM_POST", "Cách chức"), Map.entry("DISSOLUTION", "Giải tán"),
            Map.entry("byForm", "Theo hình thức"), Map.entry("inspections", "Kiểm tra"), Map.entry("supervisions", "Giám sát"),
            Map.entry("holders", "Cán bộ"), Map.entry("women", "Nữ"), Map.entry("womenPercent", "Tỷ lệ nữ (%)"),
            Map.entry("under40Percent", "Tỷ lệ dưới 40 tuổi (%)"), Map.entry("ethnicMinorityPercent", "Tỷ lệ dân tộc thiểu số (%)"));

    static {
        SECTIONS.put("members", "I. Đảng viên");
        SECTIONS.put("organisations", "II. Tổ chức cơ sở đảng và chi bộ");
        SECTIONS.put("admissions", "III. Kết nạp đảng viên");
        SECTIONS.put("transfers", "IV. Chuyển sinh hoạt đảng");
        SECTIONS.put("exits", "V. Đảng viên ra khỏi Đảng, từ trần");
        SECTIONS.put("meetings", "VI. Sinh hoạt chi bộ");
        SECTIONS.put("dues", "VII. Đảng phí");
        SECTIONS.put("grading", "VIII. Đánh giá, xếp loại chất lượng");
        SECTIONS.put("inspections", "IX. Kiểm tra, giám sát");
        SECTIONS.put("discipline", "X. Thi hành kỷ luật đảng");
        SECTIONS.put("denunciations", "XI. Tố cáo, khiếu nại");
        SECTIONS.put("suspensions", "XII. Đình chỉ sinh hoạt đảng");
        SECTIONS.put("cadres", "XIII. Cán bộ");
        SECTIONS.put("planning", "XIV. Quy hoạch cán bộ");
        SECTIONS.put("training", "XV. Đào tạo, bồi dưỡng");
        SECTIONS.put("appointments", "XVI. Bổ nhiệm, luân chuyển");
    }

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Reports.Summary.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(PDF));
    }

    @Override
    public void writeTo(Reports.Summary summary, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        write(summary, json.valueToTree(summary), out);
    }

    static void write(Reports.Summary summary, JsonNode doc, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(); InputStream font = ReportPdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IOException("the font " + FONT + " is missing");
            }
            Writer w = new Writer(pdf, PDType0Font.load(pdf, font, true));
            w.centred("ĐẢNG CỘNG SẢN VIỆT NAM", 13);
            w.text(summary.unitName(), 12, 0);
            w.gap();
            w.centred("BÁO CÁO SỐ LIỆU CÔNG TÁC XÂY DỰNG ĐẢNG", 15);
            w.centred("Kỳ báo cáo " + summary.period() + ": từ " + DAY.format(summary.from()) + " đến "
                    + DAY.format(summary.to()) + "; số liệu đến ngày " + DAY.format(summary.asOf())
                    + "; xếp loại năm " + summary.gradingYear(), 10);
            if (summary.completeUpTo() != null) {
                w.centred("Số liệu đầy đủ đến " + summary.completeUpTo(), 8);
            }
            w.gap();
            for (Map.Entry<String, String> s : SECTIONS.entrySet()) {
                JsonNode section = doc.get(s.getKey());
                if (section == null || section.isNull() || !section.has("figures")) {
                    continue;
                }
                w.gap();
                w.text(s.getValue(), 12, 0);
                List<String[]> lines = new ArrayList<>();
                flatten("", section.get("figures"), lines);
                for (String[] line : lines) {
                    w.pair(line[0], line[1]);
                }
                if (section.path("children").size() > 0) {
                    w.text("Theo đơn vị trực thuộc:", 9, 10);
                    for (JsonNode child : section.get("children")) {
                        List<String[]> childLines = new ArrayList<>();
                        flatten("", child.get("figures"), childLines);
                        String total = childLines.stream().filter(l -> l[0].equals(label("total"))).map(l -> l[1])
                                .findFirst().orElse(childLines.isEmpty() ? "" : childLines.get(0)[0] + " " + childLines.get(0)[1]);
                        w.pair("  " + child.path("unitName").asText(), total);
                    }
                }
            }
            w.close();
            pdf.save(out);
        }
    }

    /** Top-level and one level of nested figures of the unit, labelled; zero maps are left out for brevity. */
    private static void flatten(String prefix, JsonNode node, List<String[]> into) {
        if (node == null) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String name = (prefix.isEmpty() ? "" : prefix + " – ") + label(e.getKey());
            if (v.isValueNode()) {
                if (!v.isNull() && !(v.isNumber() && v.asLong() == 0 && !prefix.isEmpty())) {
                    into.add(new String[]{name, v.asText()});
                }
            } else if (v.isObject() && prefix.isEmpty()) {
                flatten(name, v, into);
            }
        }
    }

    static String label(String code) {
        return FIGURES.getOrDefault(code, code);
    }

    /** Lines down A4 pages, a new page when one is full. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            page();
        }

        private void page() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void room() throws IOException {
            if (y < MARGIN + LINE) {
                page();
            }
        }

        void text(String s, float size, float indent) throws IOException {
            room();
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(fit(s, size, PDRectangle.A4.getWidth() - 2 * MARGIN - indent));
            content.endText();
            y -= size + 4;
        }

        void centred(String s, float size) throws IOException {
            float width = font.getStringWidth(s) / 1000 * size;
            text(s, size, Math.max(0, (PDRectangle.A4.getWidth() - 2 * MARGIN - width) / 2));
        }

        void pair(String label, String value) throws IOException {
            room();
            content.beginText();
            content.setFont(font, 9);
            content.newLineAtOffset(MARGIN + 10, y);
            content.showText(fit(label, 9, 360));
            content.endText();
            content.beginText();
            content.setFont(font, 9);
            content.newLineAtOffset(MARGIN + 390, y);
            content.showText(fit(value, 9, 100));
            content.endText();
            y -= LINE - 2;
        }

        void gap() {
            y -= LINE / 2;
        }

        private String fit(String s, float size, float width) throws IOException {
            String t = s == null ? "" : s.replaceAll("[\\p{Cntrl}]", " ");
            while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > width) {
                t = t.substring(0, t.length() - 2) + "…";
            }
            return t;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
