package no.klagesak.tenants.account;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.tenants.tenant.IdentityProvider;
import no.klagesak.tenants.tenant.InvalidSettings;
import no.klagesak.tenants.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the logins of a tenant's people in line with its organisation. Each person's login is synced once per change
 * of what it should be, and invited once: a run that the identity provider breaks off is taken up by the next, which
 * does only what is still missing.
 */
public class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final Logins logins;
    private final AccountStates states;
    private final Clock clock;

    public StaffAccounts(Logins logins, AccountStates states, Clock clock) {
        this.logins = logins;
        this.states = states;
        this.clock = clock;
    }

    /** What a run did; {@code complete} is false when the identity provider broke it off. */
    public record Outcome(int synced, int invited, boolean complete) {}

    public Outcome reconcile(Tenant tenant) {
        var organisation = tenant.organisation();
        var routine = tenant.currentRoutine().routine();
        var known = states.of(tenant.id());
        int synced = 0;
        int invited = 0;
        try {
            for (Person person : organisation.people()) {
                if (!person.hasLogin()) continue;
                var account = StaffAccount.of(person, organisation, routine);
                var state = known.get(person.id());
                if (state == null || !state.fingerprint().equals(account.fingerprint())) {
                    Set<String> granted = new HashSet<>(state == null ? Set.of() : state.granted());
                    logins.sync(tenant.id(), account, granted);
                    granted.removeIf(role -> !account.roles().contains(role));
                    granted.addAll(account.roles());
                    states.synced(tenant.id(), person.id(), account.fingerprint(), granted);
                    synced++;
                }
                if (account.enabled() && (state == null || state.invitationClaimed() == null)) {
                    if (invite(tenant.id(), account)) invited++;
                }
            }
            return new Outcome(synced, invited, true);
        } catch (IdentityProvider.Unavailable e) {
            log.warn(
                    "Logins of {} not yet in line with the organisation, tried again later: {}",
                    tenant.id(),
                    e.getMessage());
            return new Outcome(synced, invited, false);
        }
    }

    /** Where the login of each person with a user name stands, by person id; empty when Keycloak did not answer. */
    public Map<String, Logins.Status> statuses(Tenant tenant) {
        var statuses = new LinkedHashMap<String, Logins.Status>();
        try {
            for (Person person : tenant.organisation().people()) {
                if (person.hasLogin()) {
                    statuses.put(person.id(), logins.status(person.username()));
                }
            }
            return statuses;
        } catch (IdentityProvider.Unavailable e) {
            return Map.of();
        }
    }

    /**
     * Whether the first admin (the person with the onboarding's e-mail) can log in; empty while their login is not made.
     */
    public Optional<Boolean> firstAdminReady(Tenant tenant) {
        return firstAdmin(tenant)
                .map(admin -> logins.status(admin.username()))
                .filter(Logins.Status::exists)
                .map(Logins.Status::ready);
    }

    /** Sends the first admin's invitation again, as {@link #inviteAgain} does for anyone. */
    public boolean inviteFirstAdminAgain(Tenant tenant) {
        return firstAdmin(tenant).map(admin -> inviteAgain(tenant, admin.id())).orElse(false);
    }

    private static Optional<Person> firstAdmin(Tenant tenant) {
        return tenant.organisation().people().stream()
                .filter(p -> p.hasLogin() && p.email().equalsIgnoreCase(tenant.adminEmail()))
                .findFirst();
    }

    /**
     * Sends a person's invitation again, unless they can log in already or have left; answers whether it was sent.
     * The user is made first if a run has not made it yet.
     */
    public boolean inviteAgain(Tenant tenant, String personId) {
        var person = tenant.organisation().person(personId).orElseThrow(() -> new IllegalArgumentException(personId));
        if (!person.active() || !person.hasLogin()) return false;
        reconcile(tenant);
        if (!logins.needsPassword(person.username())) return false;
        states.releaseInvitation(tenant.id(), personId);
        return invite(
                tenant.id(),
                StaffAccount.of(
                        person, tenant.organisation(), tenant.currentRoutine().routine()));
    }

    /**
     * Connects the company's own login, or changes it; refused with every problem when the settings are incomplete.
     * Without a new secret the stored one is kept.
     */
    public void connect(Tenant tenant, CompanyLogin login) {
        boolean secretKnown = logins.companyLogin(tenant.id()).isPresent();
        var problems = login.problems(secretKnown);
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
        logins.connect(tenant.id(), login);
        log.info("Company login of {} connected for its domain", tenant.id());
    }

    /** Invites the person unless another run has, or they need no invitation; gives the claim back if sending fails. */
    private boolean invite(String tenantId, StaffAccount account) {
        if (!states.claimInvitation(tenantId, account.personId(), clock.instant())) return false;
        try {
            if (!logins.needsPassword(account.username())) return false;
            // Staff of a company with its own login log in there: no password of ours to make.
            if (logins.companyLogin(tenantId)
                    .filter(c -> account.email().toLowerCase(Locale.ROOT).endsWith("@" + c.domain()))
                    .isPresent()) {
                return false;
            }
            logins.invite(account.username());
            log.info("Invitation to set a password sent to {} of {}", account.personId(), tenantId);
            return true;
        } catch (RuntimeException e) {
            states.releaseInvitation(tenantId, account.personId());
            throw e;
        }
    }
}
