package no.klagesak.contracts;

/**
 * {@value #TYPE}: a handler asked the complainant a question. An anonymous complainant reads it on the follow-up page
 * with their receipt code; a named one may be told that there is a question, never what it says.
 *
 * @param reference the complaint's reference number
 * @param messageId the question in the complaint's conversation
 * @param askedBy the user name of the handler who asked
 */
public record ComplaintQuestionAsked(String reference, String messageId, String askedBy) implements IntegrationEvent {

    public static final String TYPE = "complaint.question-asked.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
