package no.klagesak.notification.notice;

import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;

/**
 * Invitations to the anonymous satisfaction survey, by the hash of their token. An invitation knows its tenant, the
 * track and the month, never the complaint: an answer cannot be traced back to the case or the person.
 */
public interface Surveys {

    void invite(String tokenHash, String tenantId, String track, String month);

    Optional<Invitation> find(String tokenHash);

    /**
     * Records that the invitation was answered, with the event carrying the answers, in one write; false when it was
     * already answered.
     */
    boolean answer(String tokenHash, EventEnvelope answered);

    record Invitation(String tenantId, String track, boolean answered) {}
}
