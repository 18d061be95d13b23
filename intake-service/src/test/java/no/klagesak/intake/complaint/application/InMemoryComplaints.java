package no.klagesak.intake.complaint.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.Message;
import org.jspecify.annotations.Nullable;

/** The store for domain tests: complaints, their conversations and the events promised, in lists. */
class InMemoryComplaints implements Complaints {

    final List<Complaint> stored = new ArrayList<>();
    final List<EventEnvelope> promised = new ArrayList<>();
    private final Map<ComplaintId, ComplainantState> states = new HashMap<>();
    private final Map<ComplaintId, List<Message>> conversations = new HashMap<>();

    @Override
    public Complaint addUnlessSubmitted(Complaint complaint, List<EventEnvelope> events) {
        for (Complaint earlier : stored) {
            if (earlier.tenantId().equals(complaint.tenantId())
                    && earlier.submissionKey().equals(complaint.submissionKey())) {
                return earlier;
            }
        }
        stored.add(complaint);
        promised.addAll(events);
        return complaint;
    }

    @Override
    public Optional<Complaint> findBy(String tenantId, ComplaintId id) {
        return stored.stream()
                .filter(c -> c.tenantId().equals(tenantId) && c.id().equals(id))
                .findFirst();
    }

    @Override
    public Optional<FollowUp> findByReceiptCode(String tenantId, String receiptCodeHash) {
        return stored.stream()
                .filter(c -> c.tenantId().equals(tenantId) && receiptCodeHash.equals(c.receiptCodeHash()))
                .findFirst()
                .map(this::followUp);
    }

    @Override
    public Optional<FollowUp> followUp(String tenantId, ComplaintId id) {
        return findBy(tenantId, id).map(this::followUp);
    }

    @Override
    public List<FollowUp> ownedBy(String tenantId, String owner) {
        return stored.stream()
                .filter(c -> c.tenantId().equals(tenantId) && owner.equals(c.owner()))
                .map(this::followUp)
                .toList();
    }

    @Override
    public void eachEnded(
            String tenantId,
            java.time.Instant from,
            java.time.Instant to,
            java.util.function.Consumer<no.klagesak.intake.complaint.model.CaseRecord> each) {
        stored.stream()
                .filter(c -> c.tenantId().equals(tenantId) && endedIn(standings.get(c.id()), from, to))
                .sorted(java.util.Comparator.comparing(
                        c -> standings.get(c.id()).at()))
                .forEach(c -> each.accept(new no.klagesak.intake.complaint.model.CaseRecord(
                        c,
                        conversations.getOrDefault(c.id(), List.of()),
                        states.getOrDefault(c.id(), ComplainantState.RECEIVED),
                        standings.get(c.id()),
                        erasedAt.get(c.id()))));
    }

    @Override
    public Optional<no.klagesak.intake.complaint.model.CaseRecord> record(String tenantId, ComplaintId id) {
        return findBy(tenantId, id)
                .map(c -> new no.klagesak.intake.complaint.model.CaseRecord(
                        c,
                        conversations.getOrDefault(id, List.of()),
                        states.getOrDefault(id, ComplainantState.RECEIVED),
                        standings.get(id),
                        erasedAt.get(id)));
    }

    @Override
    public long countErasedSince(String tenantId, java.util.Collection<String> ids, java.time.Instant since) {
        return stored.stream()
                .filter(c -> c.tenantId().equals(tenantId) && ids.contains(c.id().value()))
                .filter(c ->
                        erasedAt.get(c.id()) != null && !erasedAt.get(c.id()).isBefore(since))
                .count();
    }

    @Override
    public long countEnded(String tenantId, java.time.Instant from, java.time.Instant to) {
        return stored.stream()
                .filter(c -> c.tenantId().equals(tenantId) && endedIn(standings.get(c.id()), from, to))
                .count();
    }

    @Override
    public long countOpen(String tenantId, java.time.Instant to) {
        return stored.stream()
                .filter(c -> c.tenantId().equals(tenantId)
                        && c.receivedAt().isBefore(to)
                        && !endedIn(standings.get(c.id()), java.time.Instant.MIN, to))
                .count();
    }

    private static boolean endedIn(@Nullable CaseStanding s, java.time.Instant from, java.time.Instant to) {
        return s != null && s.state().ended() && !s.at().isBefore(from) && s.at().isBefore(to);
    }

    @Override
    public boolean append(
            String tenantId, ComplaintId id, Message message, @Nullable ComplainantState state, EventEnvelope event) {
        if (findBy(tenantId, id).isEmpty() || states.get(id) == ComplainantState.WITHDRAWN) return false;
        conversations.computeIfAbsent(id, any -> new ArrayList<>()).add(message);
        if (state != null) states.put(id, state);
        promised.add(event);
        return true;
    }

    private final Map<ComplaintId, CaseStanding> standings = new HashMap<>();

    @Override
    public boolean promise(String tenantId, ComplaintId id, EventEnvelope event) {
        if (findBy(tenantId, id).isEmpty() || erased.contains(id)) return false;
        promised.add(event);
        return true;
    }

    @Override
    public Map<String, String> references(
            String tenantId, java.util.Collection<String> ids, @Nullable String reference) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        stored.stream()
                .filter(c -> c.tenantId().equals(tenantId))
                .filter(c -> ids.contains(c.id().value()) || c.reference().equals(reference))
                .forEach(c -> found.put(c.id().value(), c.reference()));
        return found;
    }

    @Override
    public void recordStanding(String tenantId, ComplaintId id, CaseStanding standing, @Nullable Message message) {
        if (findBy(tenantId, id).isEmpty()) return;
        var kept = standings.get(id);
        if (standing.replaces(kept)) standings.put(id, standing);
        if (message != null && !erased.contains(id)) {
            var conversation = conversations.computeIfAbsent(id, any -> new ArrayList<>());
            if (conversation.stream().noneMatch(m -> m.id().equals(message.id()))) conversation.add(message);
        }
    }

    private final java.util.Set<ComplaintId> erased = new java.util.HashSet<>();
    private final Map<ComplaintId, java.time.Instant> erasedAt = new HashMap<>();

    @Override
    public boolean erase(String tenantId, ComplaintId id, EventEnvelope event, java.time.Instant at) {
        var complaint = findBy(tenantId, id);
        if (complaint.isEmpty() || !erased.add(id)) return false;
        stored.set(
                stored.indexOf(complaint.get()),
                complaint
                        .get()
                        .withContent(
                                "[slettet]",
                                "[slettet]",
                                null,
                                null,
                                complaint.get().owner()));
        // The steps stay, each with its text erased, as the store keeps them.
        conversations.computeIfPresent(
                id,
                (any, messages) -> new ArrayList<>(
                        messages.stream().map(m -> m.withText("[slettet]")).toList()));
        erasedAt.put(id, at);
        promised.add(event);
        return true;
    }

    private FollowUp followUp(Complaint c) {
        return new FollowUp(
                c.id(),
                c.tenantId(),
                c.reference(),
                c.track(),
                c.category(),
                c.anonymous(),
                c.receivedAt(),
                states.getOrDefault(c.id(), ComplainantState.RECEIVED),
                conversations.getOrDefault(c.id(), List.of()),
                standings.get(c.id()));
    }
}
