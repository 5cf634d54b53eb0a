package vn.party.membership.member;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTest {

    @Test
    void vietnameseNamesFoldToPlainLowerCaseLetters() {
        assertThat(NameFolding.fold("  Nguyễn   Thị Đào ")).isEqualTo("nguyen thi dao");
        assertThat(NameFolding.fold("ĐỖ HOÀNG PHƯƠNG")).isEqualTo("do hoang phuong");
        assertThat(NameFolding.fold("Hoà")).isEqualTo(NameFolding.fold("Hòa"));
    }
}
