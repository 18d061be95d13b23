package no.klagesak.tenants.account;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the platform last made of each person's login, so it does each step once. */
public interface AccountStates {

    /**
     * @param fingerprint the account as last synced; empty when never
     * @param granted the roles the platform gave the login: it takes away only those
     * @param invitationClaimed when the invitation to set a password was sent, or found not needed
     */
    record AccountState(
            String tenantId,
            String personId,
            String fingerprint,
            Set<String> granted,
            @Nullable Instant invitationClaimed) {

        public AccountState {
            granted = Set.copyOf(granted);
        }
    }

    /** Every state of the tenant's people, by person id. */
    Map<String, AccountState> of(String tenantId);

    /** Records that the account was synced as given; keeps the invitation's claim. */
    void synced(String tenantId, String personId, String fingerprint, Set<String> granted);

    /** Claims the invitation of a person; false when another run has claimed it. */
    boolean claimInvitation(String tenantId, String personId, Instant at);

    /** Gives the claim back: the invitation was not sent. */
    void releaseInvitation(String tenantId, String personId);
}
