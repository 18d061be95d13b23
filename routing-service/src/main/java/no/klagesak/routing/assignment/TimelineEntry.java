package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;

/**
 * One step in a case's timeline: who did what, when, and what it changed. The text (an action taken, a response, a
 * reason) is the case file's and stays in routing; events carry only the classification.
 *
 * @param by the user name of who did it, or {@code complainant} for the complainant's steps
 */
public record TimelineEntry(
        Instant at,
        String by,
        CaseAction action,
        CaseState from,
        CaseState to,
        @Nullable String text,
        @Nullable String reason,
        @Nullable String handler,
        @Nullable LocalDate deadline,
        @Nullable Outcome outcome,
        @Nullable String improvements) {}
