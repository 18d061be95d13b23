package no.klagesak.notification.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notice store's rules in memory, for the domain's tests. */
class InMemoryNotices implements Notices {

    static final class Stored {
        final Notice notice;
        String state = "PENDING";
        int attempts;
        Instant nextAttemptAt;
        Instant claimedAt;
        Instant sentAt;
        String error;

        Stored(Notice notice) {
            this.notice = notice;
            this.state = notice.letter() ? "LETTER" : "PENDING";
            this.nextAttemptAt = notice.createdAt();
        }
    }

    final Map<String, Stored> stored = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Notice notice) {
        return stored.putIfAbsent(notice.id(), new Stored(notice)) == null;
    }

    @Override
    public synchronized Optional<Claimed> claimNext(Instant now, Instant staleBefore) {
        return stored.values().stream()
                .filter(s -> (s.state.equals("PENDING") && !s.nextAttemptAt.isAfter(now))
                        || (s.state.equals("SENDING") && s.claimedAt.isBefore(staleBefore)))
                .min(Comparator.comparing(s -> s.notice.createdAt()))
                .map(s -> take(s, now));
    }

    @Override
    public synchronized Optional<Claimed> claim(String id, Instant now) {
        Stored s = stored.get(id);
        if (s == null || !s.state.equals("PENDING") || s.nextAttemptAt.isAfter(now)) return Optional.empty();
        return Optional.of(take(s, now));
    }

    private static Claimed take(Stored s, Instant now) {
        s.state = "SENDING";
        s.claimedAt = now;
        s.attempts++;
        return new Claimed(s.notice, s.attempts);
    }

    @Override
    public synchronized void sent(String id, Instant at) {
        stored.get(id).state = "SENT";
        stored.get(id).sentAt = at;
    }

    @Override
    public synchronized void retryAt(String id, Instant next, String error) {
        stored.get(id).state = "PENDING";
        stored.get(id).nextAttemptAt = next;
        stored.get(id).error = error;
    }

    @Override
    public synchronized void failed(String id, String error) {
        stored.get(id).state = "FAILED";
        stored.get(id).error = error;
    }

    @Override
    public synchronized void cancelled(String id, String why) {
        stored.get(id).state = "CANCELLED";
        stored.get(id).error = why;
    }

    @Override
    public List<Delivery> ofComplaint(String tenantId, String complaintId) {
        return deliveries().stream()
                .filter(d -> d.complaintId().equals(complaintId))
                .toList();
    }

    @Override
    public synchronized Optional<Notice> find(String tenantId, String id) {
        return Optional.ofNullable(stored.get(id)).map(s -> s.notice);
    }

    @Override
    public List<Delivery> failed(String tenantId) {
        return deliveries().stream().filter(d -> d.state().equals("FAILED")).toList();
    }

    private synchronized List<Delivery> deliveries() {
        List<Delivery> all = new ArrayList<>();
        for (Stored s : stored.values()) {
            all.add(new Delivery(
                    s.notice.id(),
                    s.notice.complaintId(),
                    s.notice.reference(),
                    s.notice.kind(),
                    s.notice.recipient(),
                    s.state,
                    s.attempts,
                    s.notice.createdAt(),
                    s.sentAt,
                    s.error,
                    s.notice.channel()));
        }
        return all;
    }

    List<Notice> all() {
        return stored.values().stream().map(s -> s.notice).toList();
    }

    String state(String id) {
        return stored.get(id).state;
    }

    @Override
    public void eraseComplainant(String tenantId, String complaintId) {
        // The domain tests do not erase.
    }

    @Override
    public List<Notice> toComplainant(String tenantId, String complaintId) {
        return List.of();
    }
}
