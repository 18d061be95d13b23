package no.klagesak.notification.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.klagesak.contracts.EventEnvelope;

/** The survey invitations' rules in memory, for the domain's tests. */
class InMemorySurveys implements Surveys {

    final Map<String, Invitation> invitations = new ConcurrentHashMap<>();
    final List<EventEnvelope> published = new ArrayList<>();

    @Override
    public void invite(String tokenHash, String tenantId, String track, String month) {
        invitations.putIfAbsent(tokenHash, new Invitation(tenantId, track, false));
    }

    @Override
    public Optional<Invitation> find(String tokenHash) {
        return Optional.ofNullable(invitations.get(tokenHash));
    }

    @Override
    public synchronized boolean answer(String tokenHash, EventEnvelope answered) {
        var invitation = invitations.get(tokenHash);
        if (invitation == null || invitation.answered()) return false;
        invitations.put(tokenHash, new Invitation(invitation.tenantId(), invitation.track(), true));
        published.add(answered);
        return true;
    }
}
