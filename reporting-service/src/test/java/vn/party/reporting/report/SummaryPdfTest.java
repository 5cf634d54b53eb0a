package vn.party.reporting.report;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.testsupport.TestTokens;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/** The printable summary: read back with PDFBox, its Vietnamese text with every diacritic, in an embedded font. */
@QuarkusTest
class SummaryPdfTest {

    @Test
    void thePrintableSummaryReadsInVietnameseWithTheFontEmbedded() throws Exception {
        String p = "pdf_" + UUID.randomUUID().toString().substring(0, 8);
        String x = p + "_x";
        LocalDate founded = LocalDate.of(2010, 1, 1);
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh Bắc Ninh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), founded));
        publish(new OrgUnitFounded(x, "Chi bộ trường Tiểu học Việt Hưng", UnitKind.BASE_CELL, OrganisationType.SCHOOL, p,
                List.of(p, x), founded));
        for (int i = 0; i < 3; i++) {
            publish(new MemberRegistered(UUID.randomUUID().toString(), "Người " + i, MemberStatus.FULL, x, List.of(p, x),
                    LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), LocalDate.of(2012, 1, 1)));
        }
        String token = TestTokens.token("province-admin", p, "province-admin");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token)
                .queryParam("date", "2024-12-31").get("/api/reporting/v1/units/" + p + "/members").then()
                .statusCode(200).body("figures.full", equalTo(3)));

        byte[] bytes = given().auth().oauth2(token).queryParam("period", "2024")
                .get("/api/reporting/v1/units/" + p + "/summary/export.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("Đảng bộ tỉnh Bắc Ninh")
                    .contains("Đảng viên chính thức").contains("Kiểm tra, giám sát").contains("Thi hành kỷ luật đảng")
                    .contains("Chi bộ trường Tiểu học Việt Hưng").contains("31/12/2024");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("LiberationSans");
            // the first page renders with ink on it
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 50);
            long dark = 0;
            for (int yy = 0; yy < image.getHeight(); yy++) {
                for (int xx = 0; xx < image.getWidth(); xx++) {
                    if ((image.getRGB(xx, yy) & 0xff) < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(500);
        }
        // Accept: application/pdf on the summary gives the same document
        given().auth().oauth2(token).accept("application/pdf").queryParam("period", "2024")
                .get("/api/reporting/v1/units/" + p + "/summary").then().statusCode(200).contentType("application/pdf");
    }
}
