package no.klagesak.contracts;

import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: the complainant added information to their complaint, on the follow-up page with their receipt code
 * or through staff. The text stays in intake; this says only that there is something new to read.
 *
 * @param reference the complaint's reference number
 * @param messageId the new message in the complaint's conversation, to be read from intake by those allowed to
 * @param answersQuestion the handler's question it answers, or null when the complainant wrote on their own
 */
public record ComplaintInformationAdded(
        String reference, String messageId, @Nullable String answersQuestion) implements IntegrationEvent {

    public static final String TYPE = "complaint.information-added.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
