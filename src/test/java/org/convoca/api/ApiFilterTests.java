package org.convoca.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.convoca.api.ApiFilter.Clause;
import org.convoca.api.ApiFilter.Op;
import org.junit.jupiter.api.Test;

class ApiFilterTests {

    @Test
    void readsClausesJoinedByAndWithQuotesDoubledInsideValues() {
        assertThat(ApiFilter.parse("  modified_date GT '2014-03-25'  AND family_name eq 'O''Brien and co' "))
                .containsExactly(new Clause("modified_date", Op.GT, "2014-03-25"),
                        new Clause("family_name", Op.EQ, "O'Brien and co"));
        assertThat(ApiFilter.parse(null)).isEmpty();
        assertThat(ApiFilter.parse("  ")).isEmpty();
        assertThat(ApiFilter.parse("given_name eq ''")).containsExactly(new Clause("given_name", Op.EQ, ""));
    }

    @Test
    void readsPlainDatesFullTimesAndTimesWithoutAnOffsetAsUtc() {
        assertThat(ApiFilter.parse("d gt '2014-03-25'").getFirst().instant())
                .isEqualTo(Instant.parse("2014-03-25T00:00:00Z"));
        assertThat(ApiFilter.parse("d gt '2014-03-25'").getFirst().end())
                .isEqualTo(Instant.parse("2014-03-26T00:00:00Z"));
        assertThat(ApiFilter.parse("d gt '2014-03-25T10:00:00-05:00'").getFirst().instant())
                .isEqualTo(Instant.parse("2014-03-25T15:00:00Z"));
        assertThat(ApiFilter.parse("d gt '2014-03-25 10:00:00'").getFirst().instant())
                .isEqualTo(Instant.parse("2014-03-25T10:00:00Z"));
        assertThat(ApiFilter.parse("d eq '2014-03-25T10:00:00.250Z'").getFirst().end())
                .isEqualTo(Instant.parse("2014-03-25T10:00:01Z"));
    }

    @Test
    void everyMistakeIsABadRequestWithASentence() {
        for (String bad : List.of("eq 'x'", "name", "name eq", "name eq 'x", "name ne 'x'", "name eq \"x\"",
                "a eq 'x' or b eq 'y'", "a eq 'x' and", "a eq 'x' b eq 'y'", "'", "a eq 'x'".repeat(300),
                "a eq 'x' and ".repeat(20) + "a eq 'x'")) {
            assertThatThrownBy(() -> ApiFilter.parse(bad)).as(bad).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status().value()).isEqualTo(400));
        }
        assertThatThrownBy(() -> ApiFilter.parse("d gt '2014-13-45'").getFirst().instant())
                .isInstanceOf(ApiException.class).hasMessageContaining("is not a date");
    }
}
