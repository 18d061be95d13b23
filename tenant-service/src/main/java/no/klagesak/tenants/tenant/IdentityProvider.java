package no.klagesak.tenants.tenant;

/**
 * Where people log in: one organization per tenant, whose alias is the tenant id. Every method is safe to repeat: it
 * makes what is missing and leaves what exists.
 */
public interface IdentityProvider {

    /** Makes the tenant's organization, unless one with this alias exists. */
    void ensureOrganization(String alias, String name);

    /** The identity provider refused or did not answer; the onboarding can be run again to completion. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
