package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RetentionFileTest {

    private static final Routine.Retention FIVE_AND_TEN = new Routine.Retention(false, 5, 10);

    private static TimelineEntry step(String at, CaseAction action, CaseState from, CaseState to) {
        return new TimelineEntry(Instant.parse(at), "per", action, from, to, null, null, null, null, null, null);
    }

    @Test
    void a_case_ends_on_the_day_it_entered_its_ended_state_in_oslo_and_later_check_ins_do_not_move_it() {
        var timeline = List.of(
                step("2026-01-05T09:00:00Z", CaseAction.ACCEPT, CaseState.ASSIGNED, CaseState.IN_PROGRESS),
                // 23:30 UTC on 31 January is 1 February in Oslo.
                step("2026-01-31T23:30:00Z", CaseAction.RESOLVE, CaseState.IN_PROGRESS, CaseState.RESOLVED),
                step("2026-02-10T09:00:00Z", CaseAction.CLOSE, CaseState.RESOLVED, CaseState.CLOSED),
                step("2026-06-01T09:00:00Z", CaseAction.CHECK_IN, CaseState.CLOSED, CaseState.CLOSED));

        assertThat(RetentionFile.endedOn(CaseState.CLOSED, timeline)).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(RetentionFile.endedOn(CaseState.RESOLVED, timeline.subList(0, 2)))
                .isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(RetentionFile.endedOn(CaseState.IN_PROGRESS, timeline.subList(0, 1)))
                .isNull();
        // Escalated after closure: open again until management decides.
        assertThat(RetentionFile.endedOn(CaseState.ESCALATED, timeline)).isNull();
    }

    @Test
    void each_track_is_kept_its_own_years_and_is_due_on_the_day_they_run_out() {
        LocalDate ended = LocalDate.of(2026, 2, 10);
        var complaint = file("COMPLAINT", ended, List.of(), null);
        var report = file("WHISTLEBLOWING", ended, List.of(), null);

        assertThat(complaint.eraseOn(FIVE_AND_TEN)).isEqualTo(LocalDate.of(2031, 2, 10));
        assertThat(report.eraseOn(FIVE_AND_TEN)).isEqualTo(LocalDate.of(2036, 2, 10));
        assertThat(complaint.due(LocalDate.of(2031, 2, 9), FIVE_AND_TEN)).isFalse();
        assertThat(complaint.due(LocalDate.of(2031, 2, 10), FIVE_AND_TEN)).isTrue();
        assertThat(report.due(LocalDate.of(2031, 2, 10), FIVE_AND_TEN)).isFalse();
        assertThat(file("COMPLAINT", null, List.of(), null).due(LocalDate.of(2099, 1, 1), FIVE_AND_TEN))
                .isFalse();
    }

    @Test
    void a_hold_that_is_on_keeps_the_case_and_a_released_one_does_not_and_an_erased_case_is_not_due_again() {
        LocalDate ended = LocalDate.of(2026, 2, 10);
        LocalDate later = LocalDate.of(2040, 1, 1);
        var on = LegalHold.placed(Instant.parse("2030-01-01T10:00:00Z"), "admin", "Tvist");
        var released = on.released(Instant.parse("2032-01-01T10:00:00Z"), "admin", "Ferdig");

        assertThat(file("COMPLAINT", ended, List.of(on), null).due(later, FIVE_AND_TEN))
                .isFalse();
        assertThat(file("COMPLAINT", ended, List.of(on), null).hold()).contains(on);
        assertThat(file("COMPLAINT", ended, List.of(released), null).due(later, FIVE_AND_TEN))
                .isTrue();
        assertThat(file("COMPLAINT", ended, List.of(released), null).hold()).isEmpty();
        assertThat(file("COMPLAINT", ended, List.of(), Instant.parse("2031-02-10T10:00:00Z"))
                        .due(later, FIVE_AND_TEN))
                .isFalse();
    }

    private static RetentionFile file(
            String track, @Nullable LocalDate endedOn, List<LegalHold> holds, @Nullable Instant erasedAt) {
        var c = CaseWorkflowTest.complaintCase(track);
        return new RetentionFile(c, CaseState.CLOSED, endedOn, holds, erasedAt);
    }
}
