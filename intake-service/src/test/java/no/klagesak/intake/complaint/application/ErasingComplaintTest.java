package no.klagesak.intake.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.Track;
import org.junit.jupiter.api.Test;

/** A complainant's erasure request: the content goes, the other services are told once, the case stays counted. */
class ErasingComplaintTest {

    private final InMemoryComplaints complaints = new InMemoryComplaints();
    private final ErasingComplaint erasing =
            new ErasingComplaint(complaints, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void the_content_and_the_complainant_are_erased_and_the_others_told_once() {
        Complaint complaint = new Complaint(
                new ComplaintId("c-1"),
                "fjordvekst",
                "FJV-2026-0001",
                Track.COMPLAINT,
                Channel.WEB_FORM,
                ComplainantRole.PARTICIPANT,
                "FOLLOW_UP",
                1,
                "Maten",
                "Maten er kald",
                "Varm mat",
                new Complainant("Kari Nordmann", "kari@example.org", null, null),
                false,
                "nb",
                Instant.parse("2026-11-20T10:00:00Z"),
                null,
                null,
                "key-1",
                null,
                null,
                java.util.List.of(),
                null,
                null,
                null);
        complaints.addUnlessSubmitted(complaint, java.util.List.of());

        assertThat(erasing.erase("fjordvekst", complaint.id())).contains(complaint.reference());
        assertThat(erasing.erase("fjordvekst", complaint.id())).contains(complaint.reference());

        Complaint after = complaints.findBy("fjordvekst", complaint.id()).orElseThrow();
        assertThat(after.description()).isEqualTo("[slettet]");
        assertThat(after.complainant()).isNull();
        assertThat(after.category()).isEqualTo(complaint.category());
        assertThat(complaints.promised)
                .singleElement()
                .satisfies(e -> assertThat(e.data())
                        .isEqualTo(new ComplaintErased(complaint.reference(), Instant.parse("2026-11-26T10:00:00Z"))));
        assertThat(erasing.erase("lysheim", complaint.id())).isEmpty();
        // The retention watch's erasure of one already erased changes nothing and tells no one again.
        assertThat(erasing.erase("fjordvekst", complaint.id(), ComplaintErased.RETENTION))
                .isFalse();
        assertThat(complaints.promised).hasSize(1);
    }
}
