package no.klagesak.tenants.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.tenants.tenant.IdentityProvider;
import no.klagesak.tenants.tenant.InMemoryTenants;
import no.klagesak.tenants.tenant.ManagingTenants;
import no.klagesak.tenants.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffAccountsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final FakeLogins logins = new FakeLogins();
    private final InMemoryAccountStates states = new InMemoryAccountStates();
    private final StaffAccounts accounts = new StaffAccounts(logins, states, clock);
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final ManagingTenants managing = new ManagingTenants(tenants, clock);
    private Tenant tenant;

    @BeforeEach
    void onboard() {
        tenant = managing.onboard(
                "nordlys", "Nordlys AS", Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL, "admin@nordlys.example", "op");
    }

    @Test
    void the_first_admin_gets_a_login_as_admin_and_managing_director_and_one_invitation() {
        accounts.reconcile(tenant);
        accounts.reconcile(tenant);

        var admin = logins.users.get("admin@nordlys.example");
        assertThat(admin.roles).containsExactlyInAnyOrder("tenant-admin", "managing-director");
        assertThat(admin.organization).isEqualTo("nordlys");
        assertThat(logins.syncs)
                .as("synced once: nothing changed the second time")
                .isEqualTo(1);
        assertThat(logins.invitations).containsExactly("admin@nordlys.example");
    }

    @Test
    void people_added_get_roles_from_their_place_and_from_the_admin_each_invited_in_their_language() {
        tenant = addPeople(
                new Person(
                        "p-2",
                        "Henrik Håndterer",
                        "henrik@nordlys.example",
                        "henrik@nordlys.example",
                        null,
                        "u-1",
                        "p-1",
                        true,
                        "nn"),
                new Person(
                        "p-3",
                        "Rune Mottak",
                        "rune@nordlys.example",
                        "rune@nordlys.example",
                        null,
                        "u-1",
                        "p-2",
                        true,
                        null,
                        List.of(Person.RECEIVER)),
                new Person(
                        "p-4",
                        "Berit Styre",
                        "berit@nordlys.example",
                        "berit@nordlys.example",
                        null,
                        null,
                        null,
                        true,
                        null,
                        List.of(Person.BOARD)),
                new Person("p-5", "Uten Innlogging", "uten@nordlys.example", null, null, "u-1", null, true));

        accounts.reconcile(tenant);

        assertThat(logins.users.get("henrik@nordlys.example").roles)
                .as("line manager of Rune")
                .containsExactly("handler");
        assertThat(logins.users.get("henrik@nordlys.example").account.language())
                .isEqualTo("nn");
        assertThat(logins.users.get("henrik@nordlys.example").account.firstName())
                .isEqualTo("Henrik");
        assertThat(logins.users.get("henrik@nordlys.example").account.lastName())
                .isEqualTo("Håndterer");
        assertThat(logins.users.get("rune@nordlys.example").roles).containsExactly("receiver");
        assertThat(logins.users.get("berit@nordlys.example").roles).containsExactly("board");
        assertThat(logins.users).doesNotContainKey("uten@nordlys.example");
        assertThat(logins.invitations)
                .containsExactlyInAnyOrder(
                        "admin@nordlys.example",
                        "henrik@nordlys.example",
                        "rune@nordlys.example",
                        "berit@nordlys.example");
    }

    @Test
    void one_who_leaves_is_disabled_and_one_who_comes_back_is_enabled_without_a_new_invitation() {
        tenant = addPeople(new Person(
                "p-2",
                "Rune Mottak",
                "rune@nordlys.example",
                "rune@nordlys.example",
                null,
                "u-1",
                null,
                true,
                null,
                List.of(Person.RECEIVER)));
        accounts.reconcile(tenant);
        assertThat(logins.users.get("rune@nordlys.example").enabled).isTrue();

        tenant = change(p -> p.id().equals("p-2") ? p.withActive(false) : p);
        accounts.reconcile(tenant);
        assertThat(logins.users.get("rune@nordlys.example").enabled).isFalse();
        assertThat(logins.loggedOut).containsExactly("rune@nordlys.example");

        tenant = change(p -> p.id().equals("p-2") ? p.withActive(true) : p);
        accounts.reconcile(tenant);
        assertThat(logins.users.get("rune@nordlys.example").enabled).isTrue();
        assertThat(logins.invitations).containsOnlyOnce("rune@nordlys.example");
    }

    @Test
    void a_role_taken_away_in_the_organisation_is_taken_from_the_login_but_never_one_the_platform_did_not_give() {
        logins.existing("rune@nordlys.example", Set.of("platform-operator", "management"));
        tenant = addPeople(new Person(
                "p-2",
                "Rune Mottak",
                "rune@nordlys.example",
                "rune@nordlys.example",
                null,
                "u-1",
                null,
                true,
                null,
                List.of(Person.RECEIVER, Person.HANDLER)));
        accounts.reconcile(tenant);
        assertThat(logins.users.get("rune@nordlys.example").roles)
                .containsExactlyInAnyOrder("platform-operator", "management", "receiver", "handler");

        tenant = change(p -> p.id().equals("p-2") ? p.withRoles(List.of(Person.RECEIVER)) : p);
        accounts.reconcile(tenant);

        assertThat(logins.users.get("rune@nordlys.example").roles)
                .as("handler was the platform's to take; the others were there before")
                .containsExactlyInAnyOrder("platform-operator", "management", "receiver");
    }

    @Test
    void keycloak_away_during_an_invitation_the_person_is_invited_once_it_is_back_once() {
        logins.away = true;
        var outcome = accounts.reconcile(tenant);
        assertThat(outcome.complete()).isFalse();
        assertThat(logins.invitations).isEmpty();

        logins.away = false;
        logins.awayAtInvitation = true;
        assertThat(accounts.reconcile(tenant).complete()).isFalse();
        assertThat(logins.invitations).isEmpty();

        logins.awayAtInvitation = false;
        assertThat(accounts.reconcile(tenant).complete()).isTrue();
        accounts.reconcile(tenant);
        assertThat(logins.invitations).containsExactly("admin@nordlys.example");
    }

    @Test
    void the_admin_sends_an_invitation_again_to_one_who_has_no_password_yet_but_not_to_one_who_has() {
        accounts.reconcile(tenant);
        assertThat(accounts.statuses(tenant)).containsEntry("p-1", new Logins.Status(true, true, false));

        assertThat(accounts.inviteAgain(tenant, "p-1")).isTrue();
        assertThat(logins.invitations).containsExactly("admin@nordlys.example", "admin@nordlys.example");

        logins.withPassword.add("admin@nordlys.example");
        assertThat(accounts.inviteAgain(tenant, "p-1")).isFalse();
        assertThat(accounts.statuses(tenant)).containsEntry("p-1", new Logins.Status(true, true, true));
        logins.away = true;
        assertThat(accounts.statuses(tenant))
                .as("Keycloak away: nothing to say")
                .isEmpty();
    }

    @Test
    void staff_of_a_company_with_its_own_login_get_no_password_invitation_others_do() {
        accounts.connect(
                tenant,
                new CompanyLogin(
                        CompanyLogin.Kind.ENTRA,
                        "6f1c3a52-0d5e-4c1b-9d55-2b1f0f6a7c11",
                        "klagesak",
                        "hemmelig",
                        "Nordlys.example"));
        tenant = addPeople(new Person(
                "p-2",
                "Rune Mottak",
                "rune@gmail.example",
                "rune@gmail.example",
                null,
                "u-1",
                null,
                true,
                null,
                List.of(Person.RECEIVER)));

        accounts.reconcile(tenant);

        assertThat(logins.invitations).containsExactly("rune@gmail.example");
        assertThat(logins.users).containsKey("admin@nordlys.example");
    }

    @Test
    void a_company_login_needs_a_directory_a_client_a_secret_and_a_domain_each_named_when_missing() {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                no.klagesak.tenants.tenant.InvalidSettings.class,
                () -> accounts.connect(
                        tenant, new CompanyLogin(CompanyLogin.Kind.OIDC, "http://idp.example", "", null, "nordlys")));
        assertThat(thrown.problems())
                .extracting(no.klagesak.tenants.tenant.Problem::field)
                .containsExactly("issuer", "clientId", "clientSecret", "domain");
        assertThat(logins.company).isNull();

        assertThat(new CompanyLogin(CompanyLogin.Kind.ENTRA, "6f1c3a52-0d5e-4c1b-9d55-2b1f0f6a7c11", "c", "s", "x.no")
                        .discoveryUrl())
                .isEqualTo("https://login.microsoftonline.com/6f1c3a52-0d5e-4c1b-9d55-2b1f0f6a7c11/v2.0"
                        + "/.well-known/openid-configuration");
        assertThat(new CompanyLogin(CompanyLogin.Kind.GOOGLE, "", "c", "s", "x.no").discoveryUrl())
                .isEqualTo("https://accounts.google.com/.well-known/openid-configuration");
    }

    @Test
    void a_person_who_already_has_a_password_is_not_invited() {
        logins.existing("admin@nordlys.example", Set.of());
        logins.withPassword.add("admin@nordlys.example");
        accounts.reconcile(tenant);
        assertThat(logins.invitations).isEmpty();
    }

    private Tenant addPeople(Person... people) {
        List<Person> all = new ArrayList<>(tenant.organisation().people());
        all.addAll(List.of(people));
        return managing.changeOrganisation("nordlys", tenant.organisation().withPeople(all), "admin");
    }

    private Tenant change(java.util.function.UnaryOperator<Person> change) {
        Organisation org = tenant.organisation();
        return managing.changeOrganisation(
                "nordlys", org.withPeople(org.people().stream().map(change).toList()), "admin");
    }

    static final class FakeLogins implements Logins {
        static final class User {
            StaffAccount account;
            String organization;
            boolean enabled = true;
            final Set<String> roles = new HashSet<>();
        }

        final Map<String, User> users = new HashMap<>();
        final List<String> invitations = new ArrayList<>();
        final List<String> loggedOut = new ArrayList<>();
        final Set<String> withPassword = new HashSet<>();
        boolean away;
        boolean awayAtInvitation;
        int syncs;

        void existing(String username, Set<String> roles) {
            var user = new User();
            user.roles.addAll(roles);
            users.put(username, user);
        }

        @Override
        public void sync(String organizationAlias, StaffAccount account, Set<String> mayTakeAway) {
            if (away) throw new IdentityProvider.Unavailable("away", null);
            syncs++;
            var user = users.computeIfAbsent(account.username(), u -> new User());
            user.account = account;
            user.organization = organizationAlias;
            if (user.enabled && !account.enabled()) loggedOut.add(account.username());
            user.enabled = account.enabled();
            user.roles.addAll(account.roles());
            user.roles.removeIf(r -> mayTakeAway.contains(r) && !account.roles().contains(r));
        }

        @Override
        public boolean needsPassword(String username) {
            if (away) throw new IdentityProvider.Unavailable("away", null);
            return !withPassword.contains(username);
        }

        @Override
        public void invite(String username) {
            if (away || awayAtInvitation) throw new IdentityProvider.Unavailable("away", null);
            invitations.add(username);
        }

        CompanyLogin company;

        @Override
        public void connect(String organizationAlias, CompanyLogin login) {
            if (away) throw new IdentityProvider.Unavailable("away", null);
            company = new CompanyLogin(login.kind(), login.issuer(), login.clientId(), null, login.domain());
        }

        @Override
        public java.util.Optional<CompanyLogin> companyLogin(String organizationAlias) {
            if (away) throw new IdentityProvider.Unavailable("away", null);
            return java.util.Optional.ofNullable(company);
        }

        @Override
        public void disconnect(String organizationAlias) {
            company = null;
        }

        @Override
        public Status status(String username) {
            if (away) throw new IdentityProvider.Unavailable("away", null);
            var user = users.get(username);
            return user == null
                    ? new Status(false, false, false)
                    : new Status(true, user.enabled, withPassword.contains(username));
        }
    }

    static final class InMemoryAccountStates implements AccountStates {
        final Map<String, AccountState> states = new HashMap<>();

        @Override
        public Map<String, AccountState> of(String tenantId) {
            Map<String, AccountState> mine = new HashMap<>();
            states.values().stream().filter(s -> s.tenantId().equals(tenantId)).forEach(s -> mine.put(s.personId(), s));
            return mine;
        }

        @Override
        public void synced(String tenantId, String personId, String fingerprint, Set<String> granted) {
            var before = states.get(tenantId + "/" + personId);
            states.put(
                    tenantId + "/" + personId,
                    new AccountState(
                            tenantId,
                            personId,
                            fingerprint,
                            granted,
                            before == null ? null : before.invitationClaimed()));
        }

        @Override
        public boolean claimInvitation(String tenantId, String personId, Instant at) {
            var before = states.get(tenantId + "/" + personId);
            if (before != null && before.invitationClaimed() != null) return false;
            states.put(
                    tenantId + "/" + personId,
                    new AccountState(
                            tenantId,
                            personId,
                            before == null ? "" : before.fingerprint(),
                            before == null ? Set.of() : before.granted(),
                            at));
            return true;
        }

        @Override
        public void releaseInvitation(String tenantId, String personId) {
            var before = states.get(tenantId + "/" + personId);
            states.put(
                    tenantId + "/" + personId,
                    new AccountState(tenantId, personId, before.fingerprint(), before.granted(), null));
        }
    }
}
