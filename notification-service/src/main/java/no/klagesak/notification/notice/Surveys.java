package no.klagesak.notification.notice;

import java.time.Instant;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * Invitations to the anonymous surveys, by the hash of their token. An invitation knows its tenant, the track and the
 * month, never the complaint or the person: an answer cannot be traced back to the case or the person.
 */
public interface Surveys {

    /** An invitation that stays open until answered. */
    default void invite(String tokenHash, String tenantId, String track, String month) {
        invite(tokenHash, tenantId, track, month, null);
    }

    /** An invitation that can no longer be answered after {@code expiresAt} (none when null). */
    void invite(String tokenHash, String tenantId, String track, String month, @Nullable Instant expiresAt);

    Optional<Invitation> find(String tokenHash);

    /**
     * Records that the invitation was answered, with the event carrying the answers, in one write; false when it was
     * already answered.
     */
    boolean answer(String tokenHash, EventEnvelope answered);

    /**
     * Counts one more link handed out on the day by the staff member behind {@code byHash} (a hash of the tenant and
     * the user name: a count, with nothing about the links or to whom); false once more than {@code limit} were.
     */
    boolean countHandOut(String tenantId, String byHash, String day, int limit);

    /** @param expiresAt after this the link no longer opens the survey; null for one that stays open */
    record Invitation(
            String tenantId,
            String track,
            boolean answered,
            @Nullable Instant expiresAt) {

        public Invitation(String tenantId, String track, boolean answered) {
            this(tenantId, track, answered, null);
        }

        boolean openAt(Instant now) {
            return !answered && (expiresAt == null || now.isBefore(expiresAt));
        }
    }
}
