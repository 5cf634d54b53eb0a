package vn.party.backbone.problem;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fields a 400 names are the paths a client would write into its own request. */
class FieldNamesTest {

    record Row(@NotNull @Positive Long amount) {
    }

    record Sheet(@NotBlank String cell, List<@jakarta.validation.Valid @NotNull Row> rows, List<@NotBlank String> notes) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aFieldInsideAListRowIsNamedWithTheRowIndexOnTheList() {
        Sheet sheet = new Sheet(" ", List.of(new Row(5L), new Row(-1L)), List.of("ok", ""));
        List<String> fields = validator.validate(sheet).stream().map(ProblemMappers::fieldOf).sorted().toList();
        assertThat(fields).containsExactly("cell", "notes[1]", "rows[1].amount");
    }
}
