package vn.party.membership.memberimport;

import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.member.PoliticalTheory;
import vn.party.membership.member.Sex;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberCsvTest {

    @Test
    void aSpreadsheetExportWithABomQuotesAndVietnameseValuesIsRead() {
        String csv = "\uFEFFFullName,nationalId,dateOfBirth,sex,ethnicity,unitCode,hometown,status,admittedOn,confirmedOn,politicalTheory\r\n"
                + "Nguyễn Thị Hoa,027090001234,08/03/1985,Nữ,Kinh,bn_cb1,\"Phường Kinh Bắc, tỉnh Bắc Ninh\",Chính thức,"
                + "19/05/2010,2011-05-19,Trung cấp\r\n"
                + "\r\n"
                + "\"Lê Văn \"\"Tư\"\"\",027090001235,1990-01-02,nam,Tày,bn_cb1,\"Thôn Đông\nxã Phù Chẩn\",,,,\n";

        MemberCsv.Sheet sheet = MemberCsv.read(csv);

        assertThat(sheet.header()).startsWith("fullName", "nationalId");
        assertThat(sheet.rows()).extracting(MemberCsv.Row::number).containsExactly(2, 4);
        var hoa = MemberCsv.convert(sheet.header(), sheet.rows().get(0));
        assertThat(hoa.errors()).isEmpty();
        assertThat(hoa.request().fullName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(hoa.request().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 8));
        assertThat(hoa.request().sex()).isEqualTo(Sex.FEMALE);
        assertThat(hoa.request().hometown()).isEqualTo("Phường Kinh Bắc, tỉnh Bắc Ninh");
        assertThat(hoa.request().status()).isEqualTo(MemberStatus.FULL);
        assertThat(hoa.request().admittedOn()).isEqualTo(LocalDate.of(2010, 5, 19));
        assertThat(hoa.request().confirmedOn()).isEqualTo(LocalDate.of(2011, 5, 19));
        assertThat(hoa.request().politicalTheory()).isEqualTo(PoliticalTheory.INTERMEDIATE);
        var tu = MemberCsv.convert(sheet.header(), sheet.rows().get(1));
        assertThat(tu.request().fullName()).isEqualTo("Lê Văn \"Tư\"");
        assertThat(tu.request().sex()).isEqualTo(Sex.MALE);
        assertThat(tu.request().hometown()).isEqualTo("Thôn Đông\nxã Phù Chẩn");
        assertThat(tu.request().status()).isNull();
        assertThat(tu.request().religion()).isNull();
    }

    @Test
    void decomposedDiacriticsReadAsComposedOnes() {
        String csv = "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode\n"
                + "027090001234," + Normalizer.normalize("Đỗ Thị Nữ", Normalizer.Form.NFD) + ",1990-01-01,"
                + Normalizer.normalize("Nữ", Normalizer.Form.NFD) + ",Kinh,bn_cb1\n";
        MemberCsv.Sheet sheet = MemberCsv.read(csv);
        var reading = MemberCsv.convert(sheet.header(), sheet.rows().get(0));
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.request().sex()).isEqualTo(Sex.FEMALE);
        assertThat(reading.request().fullName()).isEqualTo("Đỗ Thị Nữ");
    }

    @Test
    void unreadableCellsAreRowErrorsNamingTheirColumns() {
        String csv = "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,status,admittedOn\n"
                + "27090001234,Trần Văn Nam,31/02/1990,X,Kinh,bn_cb1,MEMBER,2010-13-01\n"
                + "027090001234,Trần Văn Nam,1990-01-01,MALE,Kinh\n";
        MemberCsv.Sheet sheet = MemberCsv.read(csv);

        List<RowError> errors = MemberCsv.convert(sheet.header(), sheet.rows().get(0)).errors();
        assertThat(errors).extracting(RowError::column)
                .containsExactlyInAnyOrder("nationalId", "dateOfBirth", "sex", "status", "admittedOn");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.rule()).isEqualTo(RowError.FORMAT);
        });
        assertThat(errors).filteredOn(e -> "nationalId".equals(e.column())).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("leading 0"));

        var shortRow = MemberCsv.convert(sheet.header(), sheet.rows().get(1));
        assertThat(shortRow.request()).isNull();
        assertThat(shortRow.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isNull();
            assertThat(e.message()).contains("5 values", "8 columns");
        });
    }

    @Test
    void theSameNationalIdOrCardNumberOnTwoRowsIsAnErrorOnEach() {
        String csv = "nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,partyCardNumber\n"
                + "027090001234,A,1990-01-01,MALE,Kinh,bn_cb1,C1\n"
                + "027090001235,B,1990-01-01,MALE,Kinh,bn_cb1,C1\n"
                + "027090001234,C,1990-01-01,MALE,Kinh,bn_cb1,\n"
                + "027090001236,D,1990-01-01,MALE,Kinh,bn_cb1,\n";
        var duplicates = MemberCsv.duplicates(MemberCsv.read(csv));
        assertThat(duplicates).containsOnlyKeys(2, 3, 4);
        assertThat(duplicates.get(2)).extracting(RowError::column).containsExactly("nationalId", "partyCardNumber");
        assertThat(duplicates.get(4)).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("row 2");
            assertThat(e.rule()).isEqualTo(RowError.DUPLICATE_IN_FILE);
        });
    }

    @Test
    void aFileTheImportCannotStartOnIsRefusedAtOnce() {
        assertThatThrownBy(() -> MemberCsv.read("nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,fullname2\n1,2,3,4,5,6,7\n"))
                .isInstanceOf(MemberCsv.FileRefused.class).hasMessageContaining("fullname2")
                .extracting("field").isEqualTo("header");
        assertThatThrownBy(() -> MemberCsv.read("nationalId,fullName,dateOfBirth,sex,ethnicity\n1,2,3,4,5\n"))
                .isInstanceOf(MemberCsv.FileRefused.class).hasMessageContaining("unitCode");
        assertThatThrownBy(() -> MemberCsv.read("nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode,NATIONALID\n"))
                .isInstanceOf(MemberCsv.FileRefused.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> MemberCsv.read("nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode\n"))
                .isInstanceOf(MemberCsv.FileRefused.class).hasMessageContaining("no rows");
        assertThatThrownBy(() -> MemberCsv.read(""))
                .isInstanceOf(MemberCsv.FileRefused.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> MemberCsv.read("nationalId,fullName,dateOfBirth,sex,ethnicity,unitCode\n"
                + "027090001234,\"Nguyễn \"Hoa\",1990-01-01,FEMALE,Kinh,bn_cb1\n"))
                .isInstanceOf(MemberCsv.FileRefused.class).hasMessageContaining("quote")
                .extracting("field").isEqualTo("body");
    }
}
