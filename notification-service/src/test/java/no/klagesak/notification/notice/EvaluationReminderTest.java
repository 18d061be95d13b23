package no.klagesak.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.notification.notice.templates.MustacheTemplates;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;

/** Routine 001: "rutinen evalueres årlig". The managing director is reminded once a year has passed. */
class EvaluationReminderTest {

    /** 08:00 in Oslo on Monday 7 December 2026. */
    private static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");

    private final InMemoryNotices notices = new InMemoryNotices();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private static TenantSnapshot tenant(Instant began, LocalDate lastEvaluatedOn) {
        var routine = TestTenants.fjordvekst().current().routine();
        var base = TestTenants.snapshot(
                "fjordvekst", "Fjordvekst AS", 3, List.of(new RoutineVersion(1, began, "admin", List.of(), routine)));
        return new TenantSnapshot(
                base.tenantId(),
                base.name(),
                base.revision(),
                true,
                base.routines(),
                base.organisation(),
                lastEvaluatedOn);
    }

    private int owe(TenantSnapshot tenant) {
        return new EvaluationReminder(notices, () -> List.of(tenant), "http://web", clock).owe();
    }

    @Test
    void a_year_after_the_latest_evaluation_the_director_is_reminded_once_however_often_it_is_asked() {
        var tenant = tenant(Instant.parse("2023-01-10T09:00:00Z"), LocalDate.of(2025, 12, 7));

        assertThat(owe(tenant)).isEqualTo(1);
        assertThat(owe(tenant)).isZero();

        Notice reminder = notices.all().getFirst();
        assertThat(reminder.kind()).isEqualTo(NoticeKind.EVALUATION_DUE);
        assertThat(reminder.recipient()).isEqualTo("fjordvekst-director");
        assertThat(reminder.email()).isEqualTo("director@fjordvekst.example");
        var mail = new MustacheTemplates(id -> Optional.of(tenant))
                .render("fjordvekst", reminder.kind(), reminder.language(), reminder.values());
        assertThat(mail.subject()).isEqualTo("Rutinen skal evalueres: Fjordvekst AS");
        assertThat(mail.text())
                .contains("ble sist evaluert 07.12.2025. Det er over ett år siden.")
                .contains("http://web/styret/gjennomgang")
                .doesNotContain("ikke evaluert ennå");
    }

    @Test
    void the_day_before_a_year_has_passed_no_one_is_reminded() {
        assertThat(owe(tenant(Instant.parse("2023-01-10T09:00:00Z"), LocalDate.of(2025, 12, 8))))
                .isZero();
        assertThat(notices.all()).isEmpty();
    }

    @Test
    void a_routine_never_evaluated_is_due_a_year_after_it_began_and_the_mail_says_it_never_was() {
        assertThat(owe(tenant(Instant.parse("2026-01-10T09:00:00Z"), null))).isZero();

        var tenant = tenant(Instant.parse("2025-12-06T09:00:00Z"), null);
        assertThat(owe(tenant)).isEqualTo(1);
        Notice reminder = notices.all().getFirst();
        var mail = new MustacheTemplates(id -> Optional.of(tenant))
                .render("fjordvekst", reminder.kind(), "en", reminder.values());
        assertThat(mail.text()).contains("has not been evaluated yet").doesNotContain("was last evaluated");
    }

    @Test
    void an_evaluation_recorded_moves_the_next_reminder_a_year_on() {
        assertThat(owe(tenant(Instant.parse("2023-01-10T09:00:00Z"), LocalDate.of(2025, 11, 1))))
                .isEqualTo(1);
        // Recorded, but overdue again a year later: a new reminder for the new due day, not the old one again.
        assertThat(owe(tenant(Instant.parse("2023-01-10T09:00:00Z"), LocalDate.of(2025, 12, 1))))
                .isEqualTo(1);
        assertThat(notices.all()).extracting(Notice::id).doesNotHaveDuplicates().hasSize(2);
        assertThat(EvaluationReminder.dueOn(tenant(Instant.parse("2023-01-10T09:00:00Z"), LocalDate.of(2026, 12, 1))))
                .isEqualTo(LocalDate.of(2027, 12, 1));
    }
}
