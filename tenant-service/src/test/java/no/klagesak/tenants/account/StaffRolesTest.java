package no.klagesak.tenants.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.StaffRoles;
import no.klagesak.tenants.tenant.DemoTenants;
import no.klagesak.tenants.tenant.Tenant;
import org.junit.jupiter.api.Test;

/** Only people who can log in and handle cases are offered a case; the board and an admin only are not. */
class StaffRolesTest {

    private final Tenant fjordvekst =
            DemoTenants.all(Instant.parse("2026-01-01T00:00:00Z")).getFirst();

    private List<String> mayHandle(Organisation organisation) {
        return organisation.people().stream()
                .filter(p -> StaffRoles.mayHandle(
                        p, organisation, fjordvekst.currentRoutine().routine()))
                .map(Person::id)
                .toList();
    }

    @Test
    void leaders_managers_and_receivers_with_a_login_may_handle_the_board_and_the_admin_may_not() {
        assertThat(mayHandle(fjordvekst.organisation()))
                .containsExactlyInAnyOrder(
                        "fjordvekst-director", "fjordvekst-handler", "fjordvekst-management", "fjordvekst-receiver");
    }

    @Test
    void a_contact_person_handles_cases_but_the_mark_is_no_role_of_the_login() {
        var org = fjordvekst.organisation();
        var board = org.person("fjordvekst-board").orElseThrow().withRoles(List.of(Person.CONTACT));
        var changed = org.withPeople(org.people().stream()
                .map(p -> p.id().equals(board.id()) ? board : p)
                .toList());
        assertThat(StaffRoles.of(board, changed, fjordvekst.currentRoutine().routine()))
                .containsExactlyInAnyOrder("board", "handler");
        assertThat(mayHandle(changed)).contains("fjordvekst-board");
    }

    @Test
    void someone_without_a_login_or_who_left_may_not() {
        var org = fjordvekst.organisation();
        var changed = org.withPeople(org.people().stream()
                .map(p -> switch (p.id()) {
                    case "fjordvekst-handler" -> p.withActive(false);
                    case "fjordvekst-receiver" ->
                        new Person(
                                p.id(),
                                p.name(),
                                p.email(),
                                null,
                                p.title(),
                                p.unitId(),
                                p.lineManagerId(),
                                true,
                                null,
                                p.roles());
                    default -> p;
                })
                .toList());
        assertThat(mayHandle(changed)).containsExactlyInAnyOrder("fjordvekst-director", "fjordvekst-management");
    }
}
