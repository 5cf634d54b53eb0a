package vn.party.backbone.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Sex { MALE, FEMALE }

    record Body(String name, Sex sex, Integer count, Boolean flag, LocalDate on, BigDecimal amount) {
    }

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    private Body read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Body.class);
    }

    @Test
    void wellFormedValuesAreReadAsSent() throws Exception {
        Body body = read("""
                {"name":"Nguyễn Thị Hà 👩","sex":"FEMALE","count":12,"flag":true,"on":"2024-02-29","amount":5000}""");
        assertThat(body).isEqualTo(new Body("Nguyễn Thị Hà 👩", Sex.FEMALE, 12, true, LocalDate.of(2024, 2, 29),
                new BigDecimal("5000")));
        assertThat(read("{\"name\":\"dòng một\\ndòng hai\\tcột\"}").name()).isEqualTo("dòng một\ndòng hai\tcột");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"a\",\"name\":\"b\"}")).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void enumOrdinalsAndNearMissCodesAreRefused() {
        assertThatThrownBy(() -> read("{\"sex\":1}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"sex\":\"FEMALE\\u0000\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"sex\":\"female\"}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void scalarsAreNotCoerced() {
        assertThatThrownBy(() -> read("{\"count\":1.5}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"count\":\"12\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"flag\":2}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"flag\":\"true\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":12}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":true}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void datesAreCalendarDatesOnly() {
        assertThatThrownBy(() -> read("{\"on\":\"2024-02-30\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"on\":\"2024-02-01T00:00:00\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"on\":19000}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void controlCharactersAndLoneSurrogatesInTextAreRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"Bắc\\u0000Ninh\"}")).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> read("{\"name\":\"a\\u001bb\"}")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":\"a\\ud800b\"}")).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("surrogate");
    }

    @Test
    void trailingTokensAreRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"a\"} {}")).isInstanceOf(JsonProcessingException.class);
    }
}
