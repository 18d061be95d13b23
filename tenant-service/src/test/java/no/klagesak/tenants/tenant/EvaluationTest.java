package no.klagesak.tenants.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static Evaluation.Draft draft(LocalDate heldOn, String participants, String conclusions) {
        return new Evaluation.Draft(
                "0b8c6a4e-1d2f-4c55-9a1e-3f6b2d7c8e90",
                heldOn,
                participants,
                "  ",
                "Statistikken for 2026",
                conclusions,
                "Kortere frist for kvittering");
    }

    @Test
    void an_evaluation_keeps_what_was_written_and_drops_empty_fields() {
        var evaluation = Evaluation.record(
                "fjordvekst",
                draft(TODAY, " Dagny Daglig, Tora Tillitsvalgt ", "Rutinen virker."),
                "fjordvekst-director",
                NOW,
                TODAY);

        assertThat(evaluation.participants()).isEqualTo("Dagny Daglig, Tora Tillitsvalgt");
        assertThat(evaluation.employeeRepresentatives()).isNull();
        assertThat(evaluation.conclusions()).isEqualTo("Rutinen virker.");
        assertThat(evaluation.recordedBy()).isEqualTo("fjordvekst-director");
    }

    @Test
    void every_problem_is_named_at_once_and_nothing_is_made() {
        var refused = catchThrowableOfType(
                InvalidSettings.class,
                () -> Evaluation.record(
                        "fjordvekst",
                        new Evaluation.Draft("kort", TODAY.plusDays(1), " ", null, null, "x".repeat(5_001), null),
                        "fjordvekst-director",
                        NOW,
                        TODAY));

        assertThat(refused.problems())
                .extracting(Problem::field, Problem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("id", "missing"),
                        org.assertj.core.groups.Tuple.tuple("heldOn", "future"),
                        org.assertj.core.groups.Tuple.tuple("participants", "missing"),
                        org.assertj.core.groups.Tuple.tuple("conclusions", "too-long"));
    }

    @Test
    void a_date_missing_or_more_than_ten_years_back_is_refused() {
        var missing = catchThrowableOfType(
                InvalidSettings.class,
                () -> Evaluation.record("fjordvekst", draft(null, "Dagny", "Ok"), "d", NOW, TODAY));
        var old = catchThrowableOfType(
                InvalidSettings.class,
                () -> Evaluation.record("fjordvekst", draft(TODAY.minusYears(11), "Dagny", "Ok"), "d", NOW, TODAY));

        assertThat(missing.problems()).extracting(Problem::code).containsExactly("missing");
        assertThat(old.problems()).extracting(Problem::code).containsExactly("too-old");
    }

    @Test
    void one_is_due_when_none_was_held_or_a_year_has_passed_since_the_latest() {
        var lastYear =
                Evaluation.record("fjordvekst", draft(TODAY.minusYears(1).plusDays(1), "Dagny", "Ok"), "d", NOW, TODAY);
        var older = Evaluation.record("fjordvekst", draft(TODAY.minusYears(3), "Dagny", "Ok"), "d", NOW, TODAY);

        assertThat(Evaluation.due(List.of(), TODAY)).isTrue();
        assertThat(Evaluation.due(List.of(older, lastYear), TODAY)).isFalse();
        assertThat(Evaluation.due(List.of(older, lastYear), TODAY.plusDays(1))).isTrue();
        assertThat(Evaluation.latest(List.of(older, lastYear))).contains(lastYear);
    }
}
