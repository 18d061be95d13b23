package no.klagesak.intake.complaint.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a complainant reports from their case's follow-up page when they find that the routine was not followed
 * (routine 001: anyone who finds it reports it to the managing director), as sent, before it is checked.
 *
 * @param formId the reporting form's own id, so the same form sent twice is one report
 * @param kind which part of the routine, one of {@link #KINDS}
 * @param text what happened
 * @param happenedOn when, as an ISO date; optional, not in the future
 * @param concernsDirector it concerns the managing director; left out means no
 */
public record DeviationForm(
        @Nullable String formId,
        @Nullable String kind,
        @Nullable String text,
        @Nullable String happenedOn,
        @Nullable Boolean concernsDirector) {

    /** The parts of the routine a deviation is about: the same as routing's. */
    public static final List<String> KINDS =
            List.of("ACKNOWLEDGEMENT", "DEADLINE", "LEVEL", "INFORMATION", "CONFIDENTIALITY", "OTHER");

    /** As long as routing takes a deviation's text. */
    public static final int MAX_TEXT = 5_000;

    /** A form's id as the page makes it (a UUID), at most as long as routing takes. */
    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The form, checked: every field a step may send on. */
    public record Checked(
            String formId,
            String kind,
            String text,
            @Nullable LocalDate happenedOn,
            boolean concernsDirector) {}

    /** Every problem, by field, for the page to say in the complainant's language; empty when there are none. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (formId == null || formId.isBlank()) {
            problems.put("formId", "required");
        } else if (!FORM_ID.matcher(formId).matches()) {
            problems.put("formId", "invalid");
        }
        if (kind == null || kind.isBlank()) {
            problems.put("kind", "required");
        } else if (!KINDS.contains(kind)) {
            problems.put("kind", "invalid");
        }
        if (text == null || text.isBlank()) {
            problems.put("text", "required");
        } else if (text.strip().length() > MAX_TEXT) {
            problems.put("text", "too-long");
        }
        if (happenedOn != null && !happenedOn.isBlank()) {
            LocalDate date = date(happenedOn);
            if (date == null) {
                problems.put("happenedOn", "invalid");
            } else if (date.isAfter(today)) {
                problems.put("happenedOn", "future");
            }
        }
        return problems;
    }

    /**
     * The form, when it has no problem.
     *
     * @throws InvalidComplaint with every problem
     */
    @SuppressWarnings("NullAway") // checked by problems()
    public Checked checked(LocalDate today) {
        Map<String, String> problems = problems(today);
        if (!problems.isEmpty()) throw new InvalidComplaint(problems);
        return new Checked(
                formId,
                kind,
                text.strip(),
                happenedOn == null || happenedOn.isBlank() ? null : date(happenedOn),
                Boolean.TRUE.equals(concernsDirector));
    }

    private static @Nullable LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
