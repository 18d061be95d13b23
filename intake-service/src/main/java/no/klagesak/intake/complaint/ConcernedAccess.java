package no.klagesak.intake.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

    static final String REMOVED = "[fjernet]";

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
            String review) {}

    /**
     * The export for the person with {@code personId}; empty when the complaint does not name them as the person it
     * concerns.
     *
     * @param otherNames the names of the other people in the tenant's organisation
     */
    public static Optional<Export> of(Complaint c, String personId, Collection<String> otherNames, int messages) {
        var concerns = c.concerns();
        if (concerns == null || concerns.kind() != Concerns.Kind.PERSON || !personId.equals(concerns.id())) {
            return Optional.empty();
        }
        List<String> removed = new ArrayList<>(otherNames);
        Complainant complainant = c.complainant();
        if (complainant != null) {
            removed.add(complainant.name());
            addIfPresent(removed, complainant.email());
            addIfPresent(removed, complainant.phone());
            addIfPresent(removed, complainant.address());
        }
        Set<String> words = wordsOf(removed);
        return Optional.of(new Export(
                c.reference(),
                c.track().name(),
                c.category(),
                c.receivedAt(),
                "Klagen eller varselet gjelder deg.",
                redact(c.subject(), words),
                redact(c.description(), words),
                c.desiredChange() == null ? null : redact(c.desiredChange(), words),
                c.attachments().size(),
                messages,
                REVIEW));
    }

    private static void addIfPresent(List<String> into, @Nullable String value) {
        if (value != null && !value.isBlank()) into.add(value);
    }

    /** Each whole value, and each part of a name of three letters or more, longest first. */
    private static Set<String> wordsOf(List<String> values) {
        Set<String> words = new LinkedHashSet<>();
        for (String value : values) {
            words.add(value.strip());
            for (String part : value.split("[\\s,]+")) {
                if (part.length() >= 3) words.add(part);
            }
        }
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    static String redact(String text, Set<String> words) {
        String result = text;
        for (String word : words) {
            if (word.isBlank()) continue;
            result = Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result)
                    .replaceAll(REMOVED);
        }
        return result;
    }
}
