package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo realm: two tenants as Organizations, one user for every role in each, tokens for the API audience. */
class RealmTest {

    private static final Set<String> ROLES =
            Set.of("receiver", "handler", "managing-director", "management", "board", "tenant-admin");

    private final JsonNode realm = read();

    @Test
    void each_tenant_is_an_organization_with_one_member_for_every_role() {
        assertThat(realm.get("organizationsEnabled").asBoolean()).isTrue();
        List<String> aliases = new ArrayList<>();
        for (JsonNode organization : realm.get("organizations")) {
            aliases.add(organization.get("alias").asString());
            Set<String> rolesOfMembers = new java.util.HashSet<>();
            for (JsonNode member : organization.get("members")) {
                rolesOfMembers.addAll(rolesOf(member.get("username").asString()));
            }
            assertThat(rolesOfMembers).as(organization.get("alias").asString()).isEqualTo(ROLES);
        }
        assertThat(aliases).containsExactlyInAnyOrder("fjordvekst", "lysheim");
    }

    @Test
    void both_clients_people_log_in_with_put_the_api_audience_in_the_token_and_offer_the_organization_scope() {
        for (JsonNode client : realm.get("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean()) continue;
            assertThat(client.get("protocolMappers").toString())
                    .contains("\"included.custom.audience\":\"klagesak-api\"");
            assertThat(client.get("optionalClientScopes").toString()).contains("organization");
        }
    }

    /** ASVS 16.3.1: logins, failed logins and admin changes are recorded by Keycloak; guessing passwords locks out. */
    /**
     * ID-porten is brokered for complainants only: hidden on the staff's login page (reached with kc_idp_hint), its
     * stand-in locally, and the web client's tokens say that the person logged in with it (claim {@code idp}).
     */
    @Test
    void complainants_log_in_with_id_porten_hidden_from_staff_and_their_tokens_say_so() {
        var idp = realm.get("identityProviders").get(0);
        assertThat(idp.get("alias").asString()).isEqualTo("idporten");
        assertThat(idp.get("hideOnLogin").asBoolean()).isTrue();
        assertThat(asKeycloakReadsIt(idp.get("config").get("issuer").asString()))
                .isEqualTo(IdPortenMock.issuer());
        assertThat(idp.get("config").get("pkceEnabled").asString()).isEqualTo("true");
        var web = realm.get("clients")
                .valueStream()
                .filter(c -> c.get("clientId").asString().equals("klagesak-web"))
                .findFirst()
                .orElseThrow();
        assertThat(web.get("protocolMappers").toString())
                .contains("\"user.session.note\":\"identity_provider\"", "\"claim.name\":\"idp\"");
    }

    @Test
    void logins_and_admin_changes_are_recorded_and_password_guessing_is_slowed() {
        JsonNode realm = read();
        assertThat(realm.get("eventsEnabled").asBoolean()).isTrue();
        assertThat(realm.get("adminEventsEnabled").asBoolean()).isTrue();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("permanentLockout").asBoolean()).isFalse();
    }

    @Test
    void only_the_local_script_client_allows_the_password_grant() {
        for (JsonNode client : realm.get("clients")) {
            boolean passwordGrant = client.get("directAccessGrantsEnabled").asBoolean();
            assertThat(passwordGrant)
                    .isEqualTo(client.get("clientId").asString().equals("klagesak-cli"));
        }
    }

    @Test
    void the_tenant_service_account_may_manage_organizations_users_and_company_logins_and_nothing_else() {
        JsonNode account = null;
        for (JsonNode user : realm.get("users")) {
            if ("klagesak-tenant-service"
                    .equals(user.path("serviceAccountClientId").asString(null))) account = user;
        }
        assertThat(account).isNotNull();
        assertThat(account.get("clientRoles")
                        .get("realm-management")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactlyInAnyOrder(
                        "manage-realm",
                        "manage-users",
                        "view-users",
                        "query-users",
                        "view-realm",
                        "view-identity-providers",
                        "manage-identity-providers");
        assertThat(asKeycloakReadsIt(realm.get("smtpServer").get("port").asString()))
                .isEqualTo(String.valueOf(Ports.SMTP));
    }

    private List<String> rolesOf(String username) {
        for (JsonNode user : realm.get("users")) {
            if (user.get("username").asString().equals(username)) {
                List<String> roles = new ArrayList<>();
                user.get("realmRoles").forEach(r -> roles.add(r.asString()));
                return roles;
            }
        }
        throw new AssertionError("No user " + username);
    }

    private static JsonNode read() {
        try (InputStream in = RealmTest.class.getResourceAsStream("/keycloak/klagesak-realm.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A value as Keycloak imports it where the variable is not set: {@code ${VAR:default}} placeholders (docker compose
     * sets them to the containers' host names) stand for their default.
     */
    private static String asKeycloakReadsIt(String value) {
        return value.replaceAll("\\$\\{[A-Z_]+:([^}]*)}", "$1");
    }
}
