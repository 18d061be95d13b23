package no.klagesak.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;

/** Routine 002: the managing director hears of the day's complaints once a day, on a fixed item. */
class DailyDigestTest {

    /** 07:05 in Oslo on Wednesday 25 November 2026. */
    private static final Instant NOW = Instant.parse("2026-11-25T06:05:00Z");

    private final InMemoryNotices notices = new InMemoryNotices();
    private final InMemoryCaseFacts facts = new InMemoryCaseFacts();
    private final TenantSnapshot tenant = digestTenant();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Notifying notifying =
            new Notifying(facts, notices, new InMemorySurveys(), id -> Optional.of(tenant), "http://web", clock);
    private final DailyDigest digest = new DailyDigest(facts, notices, () -> List.of(tenant), "http://web", clock);

    private static TenantSnapshot digestTenant() {
        Routine routine = TestTenants.fjordvekst()
                .current()
                .routine()
                .withNotices(new Routine.Notices(Routine.DirectorNotice.DAILY_DIGEST, false, true, true, false));
        return TestTenants.snapshot(
                "fjordvekst", "Fjordvekst AS", 2, List.of(new RoutineVersion(1, NOW, "admin", List.of(), routine)));
    }

    private void received(String complaintId, String reference, Instant at, String concerns) {
        notifying.on(EventEnvelope.of(
                "fjordvekst",
                complaintId,
                at,
                new ComplaintReceived(
                        reference,
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        true,
                        false,
                        at,
                        null,
                        concerns == null ? null : new ComplaintReceived.RoutingHints(concerns, null, false, null))));
    }

    /** Routing placed it: whom it concerns is known. */
    private void placed(String complaintId, String reference, List<String> concerned) {
        notifying.on(EventEnvelope.of(
                "fjordvekst",
                complaintId,
                NOW,
                new no.klagesak.contracts.ComplaintAssigned(
                        reference, "fjordvekst-handler", "LINE_MANAGER", 14, LocalDate.of(2026, 12, 9), concerned)));
    }

    @Test
    void yesterdays_complaints_go_to_the_director_in_one_digest_once_however_often_it_is_asked() {
        // Tuesday 24 November in Oslo: 00:30 local is 23:30 UTC the day before; 23:50 local is 22:50 UTC.
        received("c-1", "FJO-2026-0001", Instant.parse("2026-11-23T23:30:00Z"), null);
        received("c-2", "FJO-2026-0002", Instant.parse("2026-11-24T22:50:00Z"), null);
        received("c-3", "FJO-2026-0003", Instant.parse("2026-11-24T23:10:00Z"), null); // Wednesday in Oslo
        received("c-4", "FJO-2026-0004", Instant.parse("2026-11-24T10:00:00Z"), "director");
        received("c-5", "FJO-2026-0005", Instant.parse("2026-11-24T11:00:00Z"), null);
        placed("c-1", "FJO-2026-0001", List.of());
        placed("c-2", "FJO-2026-0002", List.of());
        placed("c-4", "FJO-2026-0004", List.of("director"));

        // A report about the director, from the form's "the managing director": routing finds her and places it.
        assertThat(digest.oweYesterday())
                .as("a case of the day routing has not placed yet: the digest waits")
                .isZero();
        placed("c-5", "FJO-2026-0005", List.of("director"));

        assertThat(digest.oweYesterday()).isEqualTo(1);
        assertThat(digest.oweYesterday()).isZero();

        assertThat(notices.all().stream().filter(n -> n.kind() == NoticeKind.DAILY_DIGEST))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo("fjordvekst-director");
                    assertThat(n.values()).containsEntry("day", "24.11.2026").containsEntry("count", 2);
                    assertThat(n.values().get("cases").toString())
                            .contains("FJO-2026-0001", "FJO-2026-0002", "http://web/saker/c-1")
                            .doesNotContain("FJO-2026-0003", "FJO-2026-0004", "FJO-2026-0005");
                });
        // No notice per complaint where the routine wants a digest.
        assertThat(notices.all()).noneMatch(n -> n.kind() == NoticeKind.NEW_COMPLAINT);
    }

    @Test
    void at_the_days_last_rounds_the_digest_goes_without_what_routing_never_placed() {
        received("c-1", "FJO-2026-0001", Instant.parse("2026-11-24T10:00:00Z"), null);
        received("c-2", "FJO-2026-0002", Instant.parse("2026-11-24T11:00:00Z"), null);
        placed("c-1", "FJO-2026-0001", List.of());
        var late = new DailyDigest(
                facts,
                notices,
                () -> List.of(tenant),
                "http://web",
                Clock.fixed(Instant.parse("2026-11-25T21:05:00Z"), ZoneOffset.UTC));

        assertThat(late.oweYesterday()).isEqualTo(1);
        assertThat(notices.all().stream().filter(n -> n.kind() == NoticeKind.DAILY_DIGEST))
                .singleElement()
                .satisfies(n -> assertThat(n.values().get("cases").toString())
                        .contains("FJO-2026-0001")
                        .doesNotContain("FJO-2026-0002"));
    }

    @Test
    void a_day_without_complaints_sends_nothing() {
        assertThat(digest.owe(LocalDate.of(2026, 11, 20))).isZero();
        assertThat(notices.all()).isEmpty();
    }
}
