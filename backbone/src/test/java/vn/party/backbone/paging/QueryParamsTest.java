package vn.party.backbone.paging;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.ProblemException;

import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsTest {

    @Test
    void monthsAreWrittenYearDashMonth() {
        assertThat(QueryParams.month("month", " 2025-07 ")).isEqualTo(YearMonth.of(2025, 7));
        assertThatThrownBy(() -> QueryParams.month("month", "07/2025")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().errors().get(0).field()).isEqualTo("month");
        assertThatThrownBy(() -> QueryParams.month("month", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> QueryParams.month("month", "1800-01")).isInstanceOf(ProblemException.class);
    }

    @Test
    void aMalformedIdInAPathNamesNothing() {
        UUID id = UUID.randomUUID();
        assertThat(QueryParams.pathId("member", id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> QueryParams.pathId("member", "42")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(404);
    }

    @Test
    void aCursorComesBackAsItWentOutAndAForgedOneIsRefused() {
        UUID id = UUID.randomUUID();
        String cursor = Cursor.of("nguyen thi hoa", id);
        assertThat(Cursor.parse(cursor, 2)).containsExactly("nguyen thi hoa", id.toString());
        assertThat(Cursor.parse(null, 2)).isNull();
        assertThatThrownBy(() -> Cursor.parse("!!", 2)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.parse(cursor, 3)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Cursor.uuid("x")).isInstanceOf(ProblemException.class);
    }
}
