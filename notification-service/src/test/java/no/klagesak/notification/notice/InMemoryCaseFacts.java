package no.klagesak.notification.notice;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.contracts.ComplaintReceived;
import org.jspecify.annotations.Nullable;

/** The case facts' rules in memory, for the domain's tests. */
class InMemoryCaseFacts implements CaseFactsStore {

    private final Map<String, CaseFacts> facts = new HashMap<>();
    /** How often a case was read on its own (not by a write), for the tests of round trips. */
    int reads;

    @Override
    public Optional<CaseFacts> received(String tenantId, String complaintId, ComplaintReceived r) {
        var address = r.acknowledgeTo();
        facts.putIfAbsent(
                complaintId,
                new CaseFacts(
                        tenantId,
                        complaintId,
                        r.reference(),
                        r.track(),
                        address == null ? null : address.email(),
                        address == null ? "nb" : address.language(),
                        r.routingHints() == null ? null : r.routingHints().concernsPerson(),
                        "RECEIVED",
                        null,
                        null,
                        0,
                        r.receivedAt(),
                        r.anonymous(),
                        address == null ? null : address.phone(),
                        List.of()));
        return lookUp(tenantId, complaintId);
    }

    @Override
    public Optional<CaseFacts> assigned(
            String tenantId,
            String complaintId,
            @Nullable String handler,
            LocalDate deadline,
            int days,
            List<String> concerned) {
        return lookUp(tenantId, complaintId).map(c -> {
            facts.put(complaintId, with(c, c.state(), handler, deadline, days, concerned));
            return facts.get(complaintId);
        });
    }

    @Override
    public Optional<CaseFacts> changed(
            String tenantId, String complaintId, String state, @Nullable String handler, @Nullable LocalDate deadline) {
        return lookUp(tenantId, complaintId).map(c -> {
            facts.put(
                    complaintId,
                    with(
                            c,
                            state,
                            handler,
                            deadline == null ? c.deadline() : deadline,
                            c.handlingTimeDays(),
                            c.concerned()));
            return facts.get(complaintId);
        });
    }

    @Override
    public void concerned(String tenantId, String complaintId, List<String> concerned) {
        lookUp(tenantId, complaintId)
                .ifPresent(c -> facts.put(
                        complaintId, with(c, c.state(), c.handler(), c.deadline(), c.handlingTimeDays(), concerned)));
    }

    private static CaseFacts with(
            CaseFacts c,
            String state,
            @Nullable String handler,
            @Nullable LocalDate deadline,
            int days,
            List<String> concerned) {
        return new CaseFacts(
                c.tenantId(),
                c.complaintId(),
                c.reference(),
                c.track(),
                c.email(),
                c.language(),
                c.concernsPerson(),
                state,
                handler,
                deadline,
                days,
                c.receivedAt(),
                c.anonymous(),
                c.phone(),
                concerned);
    }

    @Override
    public java.util.List<CaseFacts> receivedBetween(String tenantId, java.time.Instant from, java.time.Instant to) {
        return facts.values().stream()
                .filter(c -> c.tenantId().equals(tenantId)
                        && c.receivedAt() != null
                        && !c.receivedAt().isBefore(from)
                        && c.receivedAt().isBefore(to))
                .sorted(java.util.Comparator.comparing(CaseFacts::receivedAt))
                .toList();
    }

    @Override
    public Optional<CaseFacts> find(String tenantId, String complaintId) {
        reads++;
        return lookUp(tenantId, complaintId);
    }

    private Optional<CaseFacts> lookUp(String tenantId, String complaintId) {
        return Optional.ofNullable(facts.get(complaintId))
                .filter(c -> c.tenantId().equals(tenantId));
    }

    @Override
    public void eraseComplainant(String tenantId, String complaintId) {
        // The domain tests do not erase.
    }
}
