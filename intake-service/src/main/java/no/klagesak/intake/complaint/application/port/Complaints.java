package no.klagesak.intake.complaint.application.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.model.CaseRecord;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.Message;
import org.jspecify.annotations.Nullable;

/** The stored complaints. Every read names the tenant. */
public interface Complaints {

    /**
     * Stores the complaint together with the events it causes, in one single-document write: either both are stored
     * or neither is. A relay publishes the events afterwards. When a complaint with the same id exists (a client
     * retried a submission with the same idempotency key, see {@link ComplaintId#ofSubmission}), nothing is stored
     * and that complaint is returned instead.
     */
    Complaint addUnlessSubmitted(Complaint complaint, List<EventEnvelope> events);

    Optional<Complaint> findBy(String tenantId, ComplaintId id);

    /**
     * The reference numbers of the tenant's complaints among these ids, by id, read without their content; with
     * {@code reference}, the complaint that has it too. For the audit log's page.
     */
    Map<String, String> references(String tenantId, Collection<String> ids, @Nullable String reference);

    /**
     * Each of the tenant's cases that ended (closed, decided or withdrawn, as routing last said) in {@code [from, to)},
     * in the order they ended, opened, for an archive extract: read a few at a time.
     */
    void eachEnded(String tenantId, Instant from, Instant to, Consumer<CaseRecord> each);

    /** How many of these complaints of the tenant's had their content erased at {@code since} or later. */
    long countErasedSince(String tenantId, Collection<String> ids, Instant since);

    /** How many of the tenant's cases ended in {@code [from, to)}, as {@link #eachEnded} would give them. */
    long countEnded(String tenantId, Instant from, Instant to);

    /** The complaint as the archive takes it (its journal's source), opened; empty when the tenant has none such. */
    Optional<CaseRecord> record(String tenantId, ComplaintId id);

    /** How many of the tenant's complaints received before {@code to} had not ended by then, as routing last said. */
    long countOpen(String tenantId, Instant to);

    /** What the person logged in as {@code owner} (their Keycloak subject) sent to the tenant, newest first. */
    List<FollowUp> ownedBy(String tenantId, String owner);

    /** The complaint whose receipt code has this hash, in this tenant. */
    Optional<FollowUp> findByReceiptCode(String tenantId, String receiptCodeHash);

    Optional<FollowUp> followUp(String tenantId, ComplaintId id);

    /**
     * Adds a message to the complaint's conversation, sets its state when one is given, and promises the event, in one
     * single-document write. Nothing is added to a withdrawn complaint: then it answers false.
     */
    boolean append(
            String tenantId, ComplaintId id, Message message, @Nullable ComplainantState state, EventEnvelope event);

    /**
     * Promises an event about the complaint, changing nothing else, in one single-document write: in any state, also
     * withdrawn or closed. Nothing is promised for an erased complaint (or one not here): then it answers false.
     */
    boolean promise(String tenantId, ComplaintId id, EventEnvelope event);

    /**
     * Keeps where routing says the case stands, unless a later step is kept already, and adds routing's words for the
     * complainant to the conversation unless a message with the same id is there: each a single-document write. A
     * complaint erased or not here changes nothing.
     */
    void recordStanding(String tenantId, ComplaintId id, CaseStanding standing, @Nullable Message message);

    /**
     * Erases the complaint's content and the complainant's personal data, and stores the event that tells the other
     * services, in one write; its files go too. False, changing nothing, when it was erased before.
     */
    boolean erase(String tenantId, ComplaintId id, EventEnvelope event, Instant at);
}
