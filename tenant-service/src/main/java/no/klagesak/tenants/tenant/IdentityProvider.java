package no.klagesak.tenants.tenant;

/**
 * Where people log in: one organization per tenant, whose alias is the tenant id. Every method is safe to repeat: it
 * makes what is missing and leaves what exists.
 */
public interface IdentityProvider {

    /** Makes the tenant's organization, unless one with this alias exists. */
    void ensureOrganization(String alias, String name);

    /** Whether the first admin has accepted the invitation: they have set a password. */
    boolean invitationAccepted(String alias, String email);

    /** Sends the invitation to set a password again, unless it was accepted; answers whether it was sent. */
    boolean resendInvitation(String alias, String email);

    /** The identity provider refused or did not answer; the onboarding can be run again to completion. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
