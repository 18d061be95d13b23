package no.klagesak.tenants.account;

import java.util.Optional;
import java.util.Set;

/**
 * The users of the identity provider. Every call is idempotent; each throws {@link
 * no.klagesak.tenants.tenant.IdentityProvider.Unavailable} when the identity provider refused or did not answer.
 */
public interface Logins {

    /**
     * Makes the user unless it exists, with the account's e-mail, name and language, as a member of the tenant's
     * organization; gives it the account's roles and takes away those of {@code mayTakeAway} it no longer has; enables
     * it, or disables it and ends its sessions, so a token it holds is refused at its next refresh.
     */
    void sync(String organizationAlias, StaffAccount account, Set<String> mayTakeAway);

    /** Whether the user must still set a password: it has none, and logs in through no other provider. */
    boolean needsPassword(String username);

    /** Sends the identity provider's own mail to set a password, in the user's language. */
    void invite(String username);

    /**
     * Where a person's login stands, for the admin.
     *
     * @param exists the user has been made
     * @param ready they can log in: a password is set, or they log in through another provider
     */
    record Status(boolean exists, boolean enabled, boolean ready) {}

    Status status(String username);

    /**
     * Connects the company's own login to the tenant's organization: staff with an e-mail in its domain are sent there
     * when they type their e-mail, and matched by e-mail to the login the organisation made. Repeating it updates it;
     * without a secret the stored one is kept.
     */
    void connect(String organizationAlias, CompanyLogin login);

    /** The company's login as connected, without its secret. */
    Optional<CompanyLogin> companyLogin(String organizationAlias);

    /** Disconnects the company's login: staff log in with a password again (and may need to set one). */
    void disconnect(String organizationAlias);
}
