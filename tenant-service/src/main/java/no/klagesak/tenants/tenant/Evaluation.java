package no.klagesak.tenants.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The routine's yearly evaluation as the managing director records it (routine 001: "rutinen evalueres årlig, eller
 * ved behov"; routines 000 and 003: the statistics as the basis for improvements): when it was held, who took part
 * (for the whistleblowing routine also the employees' representatives, aml. § 2 A-6), the figures looked at, what it
 * concluded and the changes decided. It holds no case's content.
 *
 * @param id chosen by the form that records it, so that sending the same form twice records it once
 */
public record Evaluation(
        String id,
        String tenantId,
        LocalDate heldOn,
        String participants,
        @Nullable String employeeRepresentatives,
        @Nullable String figures,
        String conclusions,
        @Nullable String decidedChanges,
        String recordedBy,
        Instant recordedAt) {

    /** The longest text a field takes: a page of writing. */
    public static final int LONGEST = 5_000;

    /** What the managing director filled in; every field as it came, checked by {@link #record}. */
    public record Draft(
            @Nullable String id,
            @Nullable LocalDate heldOn,
            @Nullable String participants,
            @Nullable String employeeRepresentatives,
            @Nullable String figures,
            @Nullable String conclusions,
            @Nullable String decidedChanges) {}

    /** The evaluation the draft describes; refused with every problem at once, and then nothing is recorded. */
    public static Evaluation record(String tenantId, Draft draft, String by, Instant at, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (draft.id() == null || !draft.id().matches("[A-Za-z0-9-]{8,64}")) {
            problems.add(new Problem("id", "missing", "Skjemaet mangler sin id. Last siden på nytt og prøv igjen."));
        }
        if (draft.heldOn() == null) {
            problems.add(new Problem("heldOn", "missing", "Skriv datoen evalueringen ble holdt."));
        } else if (draft.heldOn().isAfter(today)) {
            problems.add(new Problem("heldOn", "future", "Datoen kan ikke være etter i dag."));
        } else if (draft.heldOn().isBefore(today.minusYears(10))) {
            problems.add(new Problem("heldOn", "too-old", "Datoen kan ikke være mer enn ti år tilbake."));
        }
        required(problems, "participants", draft.participants(), "Skriv hvem som var med.");
        required(problems, "conclusions", draft.conclusions(), "Skriv hva evalueringen kom fram til.");
        longest(problems, "participants", draft.participants());
        longest(problems, "employeeRepresentatives", draft.employeeRepresentatives());
        longest(problems, "figures", draft.figures());
        longest(problems, "conclusions", draft.conclusions());
        longest(problems, "decidedChanges", draft.decidedChanges());
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
        return new Evaluation(
                draft.id(),
                tenantId,
                draft.heldOn(),
                draft.participants().strip(),
                blankToNull(draft.employeeRepresentatives()),
                blankToNull(draft.figures()),
                draft.conclusions().strip(),
                blankToNull(draft.decidedChanges()),
                by,
                at);
    }

    /** Whether the other says the same (who recorded it, and when, aside): the same form, sent again unchanged. */
    public boolean saysTheSameAs(Evaluation other) {
        return heldOn.equals(other.heldOn)
                && participants.equals(other.participants)
                && Objects.equals(employeeRepresentatives, other.employeeRepresentatives)
                && Objects.equals(figures, other.figures)
                && conclusions.equals(other.conclusions)
                && Objects.equals(decidedChanges, other.decidedChanges);
    }

    /** The latest held, if any. */
    public static Optional<Evaluation> latest(List<Evaluation> evaluations) {
        return evaluations.stream().max(Comparator.comparing(Evaluation::heldOn));
    }

    /** Due when none was ever held, or a year has passed since the latest (on its day a year later). */
    public static boolean due(List<Evaluation> evaluations, LocalDate today) {
        return latest(evaluations)
                .map(last -> !today.isBefore(last.heldOn().plusYears(1)))
                .orElse(true);
    }

    private static void required(List<Problem> problems, String field, @Nullable String value, String message) {
        if (value == null || value.isBlank()) problems.add(new Problem(field, "missing", message));
    }

    private static void longest(List<Problem> problems, String field, @Nullable String value) {
        if (value != null && value.length() > LONGEST) {
            problems.add(new Problem(field, "too-long", "Teksten er for lang: høyst " + LONGEST + " tegn."));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
