package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.contracts.ComplaintReceived;
import org.junit.jupiter.api.Test;

class CountingComplaintsTest {

    private final List<ComplaintFact> recorded = new ArrayList<>();
    private final CountingComplaints counting = new CountingComplaints(new Facts() {
        @Override
        public boolean record(ComplaintFact fact, Instant changedAt) {
            return recorded.add(fact);
        }

        @Override
        public void assigned(
                String tenantId, String complaintId, java.time.LocalDate deadline, Instant at, Instant changedAt) {}

        @Override
        public void stepped(
                String tenantId,
                String complaintId,
                String action,
                java.time.Instant at,
                String outcome,
                java.time.LocalDate deadline,
                Instant changedAt) {}

        @Override
        public void breached(String tenantId, String complaintId, boolean reasonGiven, Instant changedAt) {}

        @Override
        public List<Handled> handledIn(String tenantId, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public void replace(ComplaintFact fact, Instant changedAt) {
            recorded.add(fact);
        }

        @Override
        public java.util.stream.Stream<Held> held() {
            return java.util.stream.Stream.empty();
        }

        @Override
        public java.util.Set<Rollups.Behind> minutes() {
            return java.util.Set.of();
        }
    });

    @Test
    void a_complaint_received_on_new_years_eve_after_midnight_in_oslo_counts_for_the_new_year() {
        counting.on("fjordvekst", "c-1", received("2026-12-31T23:30:00Z"), Instant.EPOCH);

        assertThat(recorded.getFirst().year()).isEqualTo(2027);
    }

    @Test
    void the_fact_keeps_the_classifications_the_board_is_shown() {
        counting.on("fjordvekst", "c-2", received("2026-06-01T10:00:00Z"), Instant.EPOCH);

        assertThat(recorded.getFirst())
                .extracting(
                        ComplaintFact::tenantId,
                        ComplaintFact::track,
                        ComplaintFact::category,
                        ComplaintFact::channel,
                        ComplaintFact::complainantRole)
                .containsExactly("fjordvekst", "WHISTLEBLOWING", "HARASSMENT", "WEB_FORM", "EMPLOYEE");
    }

    private static ComplaintReceived received(String at) {
        return new ComplaintReceived(
                "2026-00001",
                "WHISTLEBLOWING",
                "WEB_FORM",
                "EMPLOYEE",
                "HARASSMENT",
                1,
                true,
                false,
                Instant.parse(at),
                null);
    }
}
