package no.klagesak.tenants.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import no.klagesak.tenants.tenant.DemoTenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo users come with the local realm; the organisation then keeps them in line. The two must agree from the
 * start, or the first run of the schedule would change the demo's logins.
 */
class DemoAccountsTest {

    private static final Path REALM = Path.of("../local-stack/src/main/resources/keycloak/klagesak-realm.json");

    @Test
    void every_demo_person_with_a_login_has_in_the_realm_the_roles_and_the_name_the_organisation_gives() {
        JsonNode realm = JsonMapper.builder().build().readTree(REALM.toFile());
        int checked = 0;
        for (var tenant : DemoTenants.all(Instant.parse("2026-01-01T00:00:00Z"))) {
            var organisation = tenant.organisation();
            for (var person : organisation.people()) {
                var account = StaffAccount.of(
                        person, organisation, tenant.currentRoutine().routine());
                JsonNode user = realm.get("users")
                        .valueStream()
                        .filter(u -> u.get("username").asString().equals(account.username()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No demo user " + account.username()));
                Set<String> realmRoles = new TreeSet<>();
                user.get("realmRoles").forEach(r -> realmRoles.add(r.asString()));
                assertThat(realmRoles).as(account.username()).isEqualTo(new TreeSet<>(account.roles()));
                assertThat(user.get("firstName").asString() + " "
                                + user.get("lastName").asString())
                        .as(account.username())
                        .isEqualTo(person.name());
                assertThat(user.get("email").asString()).isEqualTo(account.email());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(12);
    }
}
