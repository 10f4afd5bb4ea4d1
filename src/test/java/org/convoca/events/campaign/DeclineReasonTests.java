package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A long decline reason is cut to what the host's email and the record hold, never inside an emoji. */
class DeclineReasonTests {

    @Test
    void aReasonTooLongIsCutBeforeAnEmojiRatherThanThroughIt() {
        assertThat(ReviewController.cut("Lo siento 🌙")).isEqualTo("Lo siento 🌙");
        assertThat(ReviewController.cut("a".repeat(1999) + "🌙🌙")).isEqualTo("a".repeat(1999));
        assertThat(ReviewController.cut("a".repeat(1998) + "🌙🌙")).isEqualTo("a".repeat(1998) + "🌙");
        assertThat(ReviewController.cut("ب".repeat(5000))).hasSize(2000);
    }
}
