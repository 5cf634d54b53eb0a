package vn.party.membership.labels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseLabelsTest {

    @Test
    void everyCodeOfEveryListedEnumerationHasAVietnameseLabel() {
        VietnameseLabels.TABLES.forEach((type, labels) -> assertThat(labels.keySet().stream().map(Object.class::cast).toList())
                .as(type.getSimpleName() + " has a label for every code; a new code needs its label")
                .containsExactlyInAnyOrder((Object[]) type.getEnumConstants()));
        assertThat(VietnameseLabels.all().get("MemberStatus")).containsEntry("FULL", "Đảng viên chính thức");
        assertThat(VietnameseLabels.all().get("Sex").keySet()).containsExactly("MALE", "FEMALE");
    }
}
