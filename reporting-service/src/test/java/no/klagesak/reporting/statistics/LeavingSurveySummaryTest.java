package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.klagesak.reporting.statistics.LeavingSurveySummary.Answer;
import org.junit.jupiter.api.Test;

/**
 * The survey when leaving, as the board reads it: whoever handed out a link and reads the figures before and after
 * cannot tell the one answer that came in between.
 */
class LeavingSurveySummaryTest {

    @Test
    void fewer_than_five_answers_say_only_how_many() {
        var four = LeavingSurveySummary.of(2026, answers(4));
        assertThat(four.answers()).isEqualTo(4);
        assertThat(four.counted()).isZero();
        assertThat(four.tooFewToShow()).isTrue();
        assertThat(four.satisfied()).isNull();
        assertThat(four.wouldRecommendPercent()).isNull();
    }

    @Test
    void the_figures_move_only_when_five_more_answers_have_come_whatever_the_one_between_said() {
        List<Answer> answers = answers(5);
        var five = LeavingSurveySummary.of(2026, answers);
        assertThat(five.counted()).isEqualTo(5);
        assertThat(five.satisfied()).isEqualTo(3.0);
        assertThat(five.heard()).isEqualTo(4.0);
        assertThat(five.wouldRecommendPercent()).isEqualTo(60);

        // The sixth participant, whose link the director handed out this morning, answers the lowest there is.
        answers.add(new Answer(1, 1, false));
        var six = LeavingSurveySummary.of(2026, answers);
        assertThat(six.answers()).isEqualTo(6);
        assertThat(six)
                .extracting(
                        LeavingSurveySummary::counted,
                        LeavingSurveySummary::satisfied,
                        LeavingSurveySummary::heard,
                        LeavingSurveySummary::wouldRecommendPercent)
                .containsExactly(5L, 3.0, 4.0, 60L);

        for (int i = 0; i < 4; i++) answers.add(new Answer(5, 5, true));
        var ten = LeavingSurveySummary.of(2026, answers);
        assertThat(ten.counted()).isEqualTo(10);
        assertThat(ten.satisfied()).isEqualTo(3.6);
    }

    /** Satisfied 1 to 5 in turn, heard always 4, three of five would recommend. */
    private static List<Answer> answers(int n) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) answers.add(new Answer(1 + i % 5, 4, i % 5 < 3));
        return answers;
    }
}
