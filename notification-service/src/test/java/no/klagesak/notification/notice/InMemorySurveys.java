package no.klagesak.notification.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.klagesak.contracts.EventEnvelope;
import org.jspecify.annotations.Nullable;

/** The survey invitations' rules in memory, for the domain's tests. */
class InMemorySurveys implements Surveys {

    final Map<String, Invitation> invitations = new ConcurrentHashMap<>();
    final List<EventEnvelope> published = new ArrayList<>();

    final Map<String, Integer> handOuts = new ConcurrentHashMap<>();

    @Override
    public void invite(
            String tokenHash, String tenantId, String track, String month, java.time.@Nullable Instant expiresAt) {
        invitations.putIfAbsent(tokenHash, new Invitation(tenantId, track, false, expiresAt));
    }

    @Override
    public boolean countHandOut(String tenantId, String byHash, String day, int limit) {
        return handOuts.merge(tenantId + ":" + byHash + ":" + day, 1, Integer::sum) <= limit;
    }

    @Override
    public Optional<Invitation> find(String tokenHash) {
        return Optional.ofNullable(invitations.get(tokenHash));
    }

    @Override
    public synchronized boolean answer(String tokenHash, EventEnvelope answered) {
        var invitation = invitations.get(tokenHash);
        if (invitation == null || invitation.answered()) return false;
        invitations.put(tokenHash, new Invitation(invitation.tenantId(), invitation.track(), true, null));
        published.add(answered);
        return true;
    }
}
