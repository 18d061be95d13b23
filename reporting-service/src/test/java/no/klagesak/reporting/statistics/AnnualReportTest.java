package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The annual report is published: no figure under five can be worked out from the others, across its tables. */
class AnnualReportTest {

    private static List<String> shown(long open, long upheld, long notUpheld, long percent) {
        long answered = upheld + notUpheld;
        var counts = new PublicCounts(2026, new TreeMap<>(Map.of("FOLLOW_UP", answered + open)), 0);
        var handling = new HandlingSummary(
                2026,
                answered + open,
                answered,
                open,
                8L,
                20L,
                percent,
                0,
                0,
                new TreeMap<>(Map.of("UPHELD", upheld, "NOT_UPHELD", notUpheld)));
        return new AnnualReport("T", 2026, counts, new PublicCounts(2025, Map.of(), 0), Map.of(), handling)
                .lines().stream().map(l -> l.what() + " " + l.thisYear()).toList();
    }

    @Test
    void two_open_cases_cannot_be_worked_out_from_the_total_and_the_outcomes() {
        // 27 received, 25 answered (12 upheld, 13 not), 2 open: the outcomes would give the answered, and so the open.
        assertThat(shown(2, 12, 13, 96))
                .contains("Klager og varsler mottatt 27")
                .contains("Besvart –", "Ikke besvart ved årets slutt eller nå –")
                .contains("Medhold –", "Ikke medhold –")
                .contains("Besvart innen fristen (%) –");
    }

    @Test
    void a_share_that_gives_a_count_under_five_is_not_given() {
        // 40 answered, 96 % in time: 2 late.
        assertThat(shown(10, 20, 20, 96)).contains("Besvart 40", "Medhold 20", "Besvart innen fristen (%) –");
        assertThat(shown(10, 20, 20, 50)).contains("Besvart innen fristen (%) 50");
    }
}
