package no.klagesak.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
                        report(new Concerns(Concerns.Kind.PERSON, "p-per", null)), "p-per", List.of("Ola Berg"), 3)
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
        assertThat(ConcernedAccess.of(report(new Concerns(Concerns.Kind.PERSON, "p-per", null)), "p-ola", List.of(), 0))
                .isEmpty();
        assertThat(ConcernedAccess.of(report(new Concerns(Concerns.Kind.UNIT, "p-per", null)), "p-per", List.of(), 0))
                .isEmpty();
        assertThat(ConcernedAccess.of(report(null), "p-per", List.of(), 0)).isEmpty();
    }
}
