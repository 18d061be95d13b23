package no.klagesak.intake.complaint.model;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message in a complaint's conversation between the handler and the complainant. An anonymous complainant reads
 * and writes them on the follow-up page with the receipt code: two-way, without identity.
 *
 * @param askedBy the handler's user name on a question; never shown to the complainant
 * @param answers the question a complainant's message answers, if any
 */
public record Message(
        String id,
        Kind kind,
        String text,
        Instant at,
        @Nullable String askedBy,
        @Nullable String answers) {

    public static final int MAX_TEXT = 10_000;

    public enum Kind {
        /** The handler asks the complainant. */
        QUESTION,
        /** The complainant adds information or answers. */
        INFORMATION,
        /** The complainant says why they withdraw. */
        WITHDRAWAL,
        /** The complainant says why they are not satisfied and asks management to decide. */
        ESCALATION,
        /** The handler's written answer, with the outcome (from routing, {@code RESOLVE}). */
        ANSWER,
        /** Management's final decision (from routing, {@code DECIDE}). */
        DECISION,
        /** Why the answer comes later than promised (from routing, {@code EXTEND_DEADLINE}). */
        DEADLINE_EXTENDED,
        /** The minutes of a meeting, for the complainant to confirm (from routing, {@code SEND_MINUTES}). */
        MINUTES,
        /** The complainant confirmed the minutes ({@code answers} names them), with a comment if they wrote one. */
        MINUTES_CONFIRMED,
        /** The complainant does not agree with the minutes, and says what they dispute. */
        MINUTES_DISPUTED,
        /**
         * The handler wrote down the answer the complainant gave by phone or in person (from routing, {@code
         * RECORD_ANSWER}): {@code answers} names the question, which is then no longer open. What they said stays in
         * the case file.
         */
        ANSWER_RECORDED,
        /**
         * The handler gave the written acknowledgement themselves, by letter, phone or in a meeting, where no receipt went
         * out on its own (from routing, {@code ACKNOWLEDGE}). How and when is in the case file; the text is empty.
         */
        ACKNOWLEDGED;

        public boolean fromComplainant() {
            return this == INFORMATION
                    || this == WITHDRAWAL
                    || this == ESCALATION
                    || this == MINUTES_CONFIRMED
                    || this == MINUTES_DISPUTED;
        }
    }

    /** The same message with another text: how it is sealed and opened at rest. */
    public Message withText(String text) {
        return new Message(id, kind, text, at, askedBy, answers);
    }

    public static Message of(Kind kind, String text, Instant at, @Nullable String askedBy, @Nullable String answers) {
        return new Message(UUID.randomUUID().toString(), kind, text.strip(), at, askedBy, answers);
    }
}
