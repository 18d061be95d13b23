package no.klagesak.intake.complaint.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.support.privacy.Redaction;
import org.jspecify.annotations.Nullable;

/**
 * The access request of the person a complaint or report concerns (personvernforordningen art. 15; Datatilsynet's
 * guidance on whistleblowing): what is registered about them, with the reporter's identity and other third parties
 * removed. Who complained, how, their role and contact details are left out; the files and the conversation, which
 * are the reporter's own, are counted but not given; in the text, every name the platform knows besides the person's
 * own (the complainant's, and everyone's in the organisation) and the complainant's e-mail, phone and address are
 * replaced by {@value #REMOVED}. Free text may name people in ways no one can recognise by rule, so the tenant admin
 * reads it through before handing it over ({@link Export#review}).
 */
public final class ConcernedAccess {

    static final String REMOVED = Redaction.REMOVED;

    /** What the tenant admin must do before handing the export over, in words. */
    static final String REVIEW = "Les gjennom teksten før du gir den videre. Tjenesten har fjernet navnene og"
            + " kontaktopplysningene den kjenner, men fritekst kan nevne andre på måter den ikke kjenner igjen.";

    private ConcernedAccess() {}

    /**
     * @param concerns what the register says about the person: that the complaint or report concerns them
     * @param filesWithheld how many files the reporter sent, which are not given
     * @param messagesWithheld how many messages the conversation with the reporter has, which are not given
     */
    public record Export(
            String reference,
            String track,
            String category,
            Instant receivedAt,
            String concerns,
            String subject,
            String description,
            @Nullable String desiredChange,
            int filesWithheld,
            int messagesWithheld,
            List<Note> caseNotes,
            String review) {}

    /**
     * A note in the case file (routing): what was done and written, with the same removal; never who wrote it.
     *
     * @param what the step, e.g. {@code RECORD_ACTION}
     */
    public record Note(Instant at, String what, String text) {}

    /**
     * The export for the person with {@code personId}; empty when neither the complaint names them nor routing found
     * that the case concerns them (as the line manager it is about, the managing director, or a person a first report
     * concerns).
     *
     * @param concernsThem routing's case names them among the people it concerns
     * @param otherNames the names of the other people in the tenant's organisation
     * @param notes the case file's notes, as routing gives them (already without the organisation's other names)
     */
    public static Optional<Export> of(
            Complaint c,
            String personId,
            boolean concernsThem,
            Collection<String> otherNames,
            int messages,
            List<Note> notes) {
        var concerns = c.concerns();
        boolean named = concerns != null && concerns.kind() == Concerns.Kind.PERSON && personId.equals(concerns.id());
        if (!named && !concernsThem) return Optional.empty();
        List<String> removed = new ArrayList<>(otherNames);
        Complainant complainant = c.complainant();
        if (complainant != null) {
            removed.add(complainant.name());
            addIfPresent(removed, complainant.email());
            addIfPresent(removed, complainant.phone());
            addIfPresent(removed, complainant.address());
        }
        var redaction = Redaction.of(removed);
        return Optional.of(new Export(
                c.reference(),
                c.track().name(),
                c.category(),
                c.receivedAt(),
                "Klagen eller varselet gjelder deg.",
                redaction.apply(c.subject()),
                redaction.apply(c.description()),
                c.desiredChange() == null ? null : redaction.apply(c.desiredChange()),
                c.attachments().size(),
                messages,
                notes.stream()
                        .map(n -> new Note(n.at(), n.what(), redaction.apply(n.text())))
                        .toList(),
                REVIEW));
    }

    private static void addIfPresent(List<String> into, @Nullable String value) {
        if (value != null && !value.isBlank()) into.add(value);
    }
}
