package no.klagesak.intake.complaint.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.klagesak.intake.complaint.model.Attachment;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.Track;
import org.junit.jupiter.api.Test;

/** The person a report concerns asks what is registered about them: they get it without the reporter or others. */
class ConcernedAccessTest {

    private static Complaint report(Concerns concerns) {
        return new Complaint(
                new ComplaintId("c-1"),
                "fjordvekst",
                "FJV-2026-0009",
                Track.WHISTLEBLOWING,
                Channel.WEB_FORM,
                ComplainantRole.EMPLOYEE,
                "HARASSMENT",
                1,
                "Trakassering på lageret",
                "Per Hansen kjefter på meg, Kari Nordmann, og på Ola Berg hver dag. Ring meg på 912 34 567"
                        + " eller skriv til kari@example.org.",
                "At Per slutter med det",
                new Complainant("Kari Nordmann", "kari@example.org", "912 34 567", null, null),
                false,
                "nb",
                Instant.parse("2026-11-20T10:00:00Z"),
                null,
                null,
                "key-1",
                concerns,
                null,
                List.of(new Attachment("a-1", "bilde.png", "image/png", 10)),
                null,
                null,
                null);
    }

    @Test
    void the_person_concerned_gets_the_text_without_the_reporter_and_other_people_and_is_told_to_review_it() {
        var export = ConcernedAccess.of(
                        report(new Concerns(Concerns.Kind.PERSON, "p-per", null)),
                        "p-per",
                        false,
                        List.of("Ola Berg"),
                        3,
                        List.of())
                .orElseThrow();

        assertThat(export.description())
                .isEqualTo("Per Hansen kjefter på meg, [fjernet], og på [fjernet] hver dag. Ring meg på [fjernet]"
                        + " eller skriv til [fjernet].");
        assertThat(export.desiredChange()).isEqualTo("At Per slutter med det");
        assertThat(export.toString()).doesNotContain("Nordmann", "kari@example.org", "912 34 567", "EMPLOYEE");
        assertThat(export.filesWithheld()).isEqualTo(1);
        assertThat(export.messagesWithheld()).isEqualTo(3);
        assertThat(export.review()).startsWith("Les gjennom teksten");
    }

    @Test
    void someone_the_complaint_does_not_name_gets_nothing() {
        assertThat(ConcernedAccess.of(
                        report(new Concerns(Concerns.Kind.PERSON, "p-per", null)),
                        "p-ola",
                        false,
                        List.of(),
                        0,
                        List.of()))
                .isEmpty();
        assertThat(ConcernedAccess.of(
                        report(new Concerns(Concerns.Kind.UNIT, "p-per", null)),
                        "p-per",
                        false,
                        List.of(),
                        0,
                        List.of()))
                .isEmpty();
        assertThat(ConcernedAccess.of(report(null), "p-per", false, List.of(), 0, List.of()))
                .isEmpty();
    }

    @Test
    void a_person_routing_found_the_report_concerns_gets_it_too_with_the_case_files_notes_without_the_reporter() {
        // "It concerns my nearest leader": the form named no one; routing knows it is Per.
        var export = ConcernedAccess.of(
                        report(null),
                        "p-per",
                        true,
                        List.of("Ola Berg"),
                        0,
                        List.of(new ConcernedAccess.Note(
                                java.time.Instant.parse("2026-12-01T10:00:00Z"),
                                "RECORD_ACTION",
                                "Snakket med Kari Nordmann om det Per sa.")))
                .orElseThrow();

        assertThat(export.caseNotes())
                .singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Snakket med [fjernet] om det Per sa."));
    }
}
