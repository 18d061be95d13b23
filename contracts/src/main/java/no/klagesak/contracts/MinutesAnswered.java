package no.klagesak.contracts;

import java.time.Instant;

/**
 * {@value #TYPE}: the complainant confirmed the minutes of a meeting that the handler sent them, or said they do not
 * agree (routine 004: minutes agreed by both parties), on the follow-up page. A comment, when given, stays in intake.
 *
 * @param minutesId the id of the minutes in the conversation (the event id of routing's step that sent them)
 * @param agreed whether they confirmed the minutes
 * @param commentGiven whether they wrote a comment
 */
public record MinutesAnswered(String reference, String minutesId, boolean agreed, boolean commentGiven, Instant at)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.minutes-answered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
