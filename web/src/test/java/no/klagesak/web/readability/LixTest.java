package no.klagesak.web.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LixTest {

    @Test
    void words_per_sentence_plus_the_share_of_long_words() {
        // 9 words, 2 sentences, 2 long words ("kommunen", "behandler"): 4.5 + 22.2.
        assertThat(Lix.of("Jeg klager til kommunen. Hun behandler det i dag.")).isCloseTo(26.72, within(0.01));
    }

    @Test
    void every_block_of_a_page_ends_a_sentence() {
        String page = "<main><h1>Klage</h1><ul><li>Du får svar</li><li>Vi hjelper deg</li></ul></main>";
        // 7 words, 3 sentences, one long word ("hjelper"): 2.33 + 14.29.
        assertThat(Lix.ofPage(page)).isCloseTo(7.0 / 3 + 100.0 / 7, within(0.01));
    }
}
