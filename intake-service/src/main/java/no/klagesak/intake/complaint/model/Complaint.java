package no.klagesak.intake.complaint.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A received complaint. A formal complaint names what it concerns, why, and the change wanted (routine 000); the
 * text stays in intake and never leaves it in an event.
 *
 * @param policyVersion the version of the tenant's routine it was received under; its deadlines follow that version
 * @param complainant null when anonymous
 * @param registeredBy the staff user who wrote down an oral complaint or registered it, null from the public form
 * @param staffRegistration how staff took it down, when they registered it for someone
 * @param submissionKey the client's idempotency key, or the complaint id when the client sent none; unique per tenant
 * @param concerns what the complaint concerns, when the complainant said
 * @param chosenReceiver the person the complainant chose to receive it, where the routine lets them choose
 * @param attachments the files sent with it; their content is stored apart
 * @param receiptCodeHash the slow hash of the receipt code given for the follow-up page, null when none was given
 * @param retaliationFor on a report of retaliation, the whistleblowing report whose reporter sent it
 * @param owner who sent it logged in with ID-porten (their Keycloak subject), so they find it under "my complaints";
 *     the store keeps only a pseudonym of it, keyed with the tenant's key
 */
public record Complaint(
        ComplaintId id,
        String tenantId,
        String reference,
        Track track,
        Channel channel,
        ComplainantRole complainantRole,
        String category,
        int policyVersion,
        String subject,
        String description,
        @Nullable String desiredChange,
        @Nullable Complainant complainant,
        boolean concernsLineManager,
        String language,
        Instant receivedAt,
        @Nullable String registeredBy,
        @Nullable StaffRegistration staffRegistration,
        String submissionKey,
        @Nullable Concerns concerns,
        @Nullable String chosenReceiver,
        List<Attachment> attachments,
        @Nullable String receiptCodeHash,
        @Nullable ComplaintId retaliationFor,
        @Nullable String owner) {

    public Complaint {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * The same complaint with other text, complainant and owner: how it is sealed and opened at rest (the owner kept as
     * a pseudonym).
     */
    public Complaint withContent(
            String subject,
            String description,
            @Nullable String desiredChange,
            @Nullable Complainant complainant,
            @Nullable String owner) {
        return withContent(subject, description, desiredChange, complainant, owner, concerns);
    }

    /** As {@link #withContent(String, String, String, Complainant, String)}, with the name given for whom it concerns. */
    public Complaint withContent(
            String subject,
            String description,
            @Nullable String desiredChange,
            @Nullable Complainant complainant,
            @Nullable String owner,
            @Nullable Concerns concerns) {
        return new Complaint(
                id,
                tenantId,
                reference,
                track,
                channel,
                complainantRole,
                category,
                policyVersion,
                subject,
                description,
                desiredChange,
                complainant,
                concernsLineManager,
                language,
                receivedAt,
                registeredBy,
                staffRegistration,
                submissionKey,
                concerns,
                chosenReceiver,
                attachments,
                receiptCodeHash,
                retaliationFor,
                owner);
    }

    public boolean anonymous() {
        return complainant == null;
    }
}
