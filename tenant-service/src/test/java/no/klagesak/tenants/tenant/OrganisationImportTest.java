package no.klagesak.tenants.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.klagesak.contracts.tenant.Organisation;
import org.junit.jupiter.api.Test;

class OrganisationImportTest {

    private final Tenant fjordvekst = DemoTenants.fjordvekst(Instant.parse("2026-11-01T10:00:00Z"));
    private final Organisation current = fjordvekst.organisation();

    private static final String GOOD = """
            navn;epost;brukernavn;tittel;enhet;leder;roller
            Dagny Daglig;fjordvekst-director@fjordvekst.example;fjordvekst-director;Daglig leder;Fjordvekst AS;;daglig-leder ledergruppe enhetsleder administrator
            Henrik Håndterer;fjordvekst-handler@fjordvekst.example;fjordvekst-handler;Arbeidsleder;Fjordvekst AS / Verkstedet;fjordvekst-director@fjordvekst.example;enhetsleder
            Sigrid Sø;sigrid@fjordvekst.example;;Veileder;Fjordvekst AS / Verkstedet / Snekkeriet;fjordvekst-handler@fjordvekst.example;
            "Berg, Bjørn";bjorn@fjordvekst.example;;"Styreleder; ekstern";Fjordvekst AS;;styrekontakt
            """;

    @Test
    void a_good_file_builds_the_tree_keeps_known_ids_and_keeps_those_who_left_as_inactive() {
        var result = OrganisationImport.read(GOOD, current);

        assertThat(result.problems()).isEmpty();
        Organisation imported = result.organisation();
        assertThat(imported.managingDirector()).isEqualTo("fjordvekst-director");
        var sigrid = imported.people().stream()
                .filter(p -> p.email().equals("sigrid@fjordvekst.example"))
                .findFirst()
                .orElseThrow();
        assertThat(sigrid.lineManagerId()).isEqualTo("fjordvekst-handler");
        var snekkeriet = imported.unit(sigrid.unitId()).orElseThrow();
        assertThat(snekkeriet.name()).isEqualTo("Snekkeriet");
        assertThat(imported.unit(snekkeriet.parentId()).orElseThrow().id()).isEqualTo("fjordvekst-workshop");
        assertThat(imported.unit("fjordvekst-workshop").orElseThrow().leaderId())
                .isEqualTo("fjordvekst-handler");
        assertThat(imported.person("fjordvekst-receiver").orElseThrow().active())
                .isFalse();
        assertThat(result.leaving()).contains("Rune Mottak", "Anne Admin");
        assertThat(imported.people().stream().filter(p -> p.name().equals("Berg, Bjørn")))
                .singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("Styreleder; ekstern"));
        assertThat(imported.boardContact())
                .isEqualTo(imported.people().stream()
                        .filter(p -> p.name().equals("Berg, Bjørn"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(fjordvekst
                        .changeOrganisation(imported, "admin", Instant.now())
                        .organisation())
                .isEqualTo(imported);
    }

    /**
     * The roles an admin gives are written in the file too; whoever has a role or is named someone's leader gets a
     * login with their e-mail, and a known person keeps theirs.
     */
    @Test
    void given_roles_come_from_the_file_and_people_with_a_role_or_staff_get_a_login() {
        var result = OrganisationImport.read(GOOD, current);
        Organisation imported = result.organisation();
        var dagny = imported.person("fjordvekst-director").orElseThrow();
        assertThat(dagny.roles()).containsExactly(Organisation.Person.ADMIN);
        assertThat(dagny.username()).isEqualTo("fjordvekst-director");
        var sigrid = imported.people().stream()
                .filter(p -> p.email().equals("sigrid@fjordvekst.example"))
                .findFirst()
                .orElseThrow();
        assertThat(sigrid.username()).as("no role, leads no one").isNull();
        var bjorn = imported.people().stream()
                .filter(p -> p.email().equals("bjorn@fjordvekst.example"))
                .findFirst()
                .orElseThrow();
        assertThat(bjorn.username()).as("the board's contact logs in").isEqualTo("bjorn@fjordvekst.example");

        var update = OrganisationImport.read("""
                        navn;epost;enhet;roller
                        Sigrid Sø;sigrid@fjordvekst.example;Fjordvekst AS / Verkstedet;mottaker, behandler
                        Bo Styre;bo@fjordvekst.example;Fjordvekst AS;styremedlem
                        """, current, OrganisationImport.Mode.UPDATE, "fjordvekst-admin");
        assertThat(update.problems()).isEmpty();
        var added = update.organisation().people().stream()
                .filter(p -> p.email().startsWith("sigrid") || p.email().startsWith("bo@"))
                .toList();
        assertThat(added)
                .extracting(Organisation.Person::roles)
                .containsExactly(
                        java.util.List.of(Organisation.Person.HANDLER, Organisation.Person.RECEIVER),
                        java.util.List.of(Organisation.Person.BOARD));
        assertThat(added).allSatisfy(p -> assertThat(p.username()).isEqualTo(p.email()));
        assertThat(update.organisation()
                        .person("fjordvekst-admin")
                        .orElseThrow()
                        .roles())
                .as("not in the file: as they were")
                .containsExactly(Organisation.Person.ADMIN);
    }

    /** Adding people, their leader may be someone already in the organisation, not only someone in the file. */
    @Test
    void adding_people_their_leader_may_be_someone_already_in_the_organisation() {
        var result = OrganisationImport.read("""
                        navn;epost;enhet;leder
                        Sigrid Sø;sigrid@fjordvekst.example;Fjordvekst AS / Verkstedet;fjordvekst-handler@fjordvekst.example
                        """, current, OrganisationImport.Mode.UPDATE, "fjordvekst-admin");
        assertThat(result.problems()).isEmpty();
        var sigrid = result.organisation().people().stream()
                .filter(p -> p.email().equals("sigrid@fjordvekst.example"))
                .findFirst()
                .orElseThrow();
        assertThat(sigrid.lineManagerId()).isEqualTo("fjordvekst-handler");
        assertThat(result.organisation()
                        .person("fjordvekst-handler")
                        .orElseThrow()
                        .active())
                .isTrue();
    }

    @Test
    void a_missing_column_is_reported_on_row_1() {
        var result = OrganisationImport.read("navn;enhet\nKari;AS\n", current);

        assertThat(result.problems()).extracting(Problem::message).containsExactly("Rad 1: Mangler kolonnen «epost».");
        assertThat(result.organisation()).isSameAs(current);
    }

    @Test
    void an_unknown_manager_is_reported_with_its_row_number() {
        var result = OrganisationImport.read(
                GOOD.replace(
                        ";Fjordvekst AS / Verkstedet / Snekkeriet;fjordvekst-handler@",
                        ";Fjordvekst AS / Verkstedet / Snekkeriet;nobody@"),
                current);

        assertThat(result.problems())
                .extracting(Problem::message)
                .containsExactly("Rad 4: Lederen nobody@fjordvekst.example finnes ikke i fila.");
    }

    @Test
    void a_reporting_line_cycle_is_reported_on_every_row_in_it() {
        String cycle = GOOD.replace(
                "Daglig leder;Fjordvekst AS;;daglig-leder",
                "Daglig leder;Fjordvekst AS;sigrid@fjordvekst.example;daglig-leder");

        assertThat(OrganisationImport.read(cycle, current).problems())
                .extracting(Problem::field)
                .contains("rad 2", "rad 3", "rad 4");
    }

    @Test
    void a_duplicate_email_names_both_rows() {
        String duplicate = GOOD.replace("bjorn@fjordvekst.example", "SIGRID@fjordvekst.example");

        assertThat(OrganisationImport.read(duplicate, current).problems())
                .extracting(Problem::message)
                .containsExactly("Rad 5: E-posten sigrid@fjordvekst.example står også i rad 4.");
    }

    @Test
    void a_row_without_a_required_value_and_an_unknown_role_are_reported() {
        String bad = GOOD + "Uten E-post;;;;Fjordvekst AS;;sjef\n";

        assertThat(OrganisationImport.read(bad, current).problems())
                .extracting(Problem::message)
                .contains("Rad 6: Mangler «epost».")
                .anyMatch(m -> m.startsWith("Rad 6: Ukjent rolle «sjef»"));
    }

    @Test
    void the_routine_must_still_fit_the_imported_organisation() {
        var tenants = new InMemoryTenants();
        tenants.addIfAbsent(fjordvekst);
        var managing = new ManagingTenants(tenants, java.time.Clock.systemUTC());
        String withoutHandler = GOOD.lines()
                .filter(line -> !line.startsWith("Henrik"))
                .map(line -> line.replace(
                        "fjordvekst-handler@fjordvekst.example;", "fjordvekst-director@fjordvekst.example;"))
                .reduce("", (a, b) -> a + b + "\n");

        var preview = managing.previewImport("fjordvekst", withoutHandler);

        assertThat(preview.problems()).extracting(Problem::field).contains("receivers.defaultReceiver");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> managing.importOrganisation("fjordvekst", withoutHandler, "admin"))
                .isInstanceOf(InvalidSettings.class);
        assertThat(tenants.findBy("fjordvekst").orElseThrow().revision()).isEqualTo(fjordvekst.revision());
    }

    /** As Excel saves a sheet in Norway: a byte-order mark, semicolons, CRLF, and a note with a line break in a cell. */
    private static final String EXCEL = "\uFEFFnavn;epost;enhet;tittel;roller\r\n"
            + "Sigrid Sø;sigrid@fjordvekst.example;Fjordvekst AS / Verkstedet;\"Veileder\r\n(vikar)\";\r\n"
            + "Ola Ny;ola@fjordvekst.example;Fjordvekst AS;Styremedlem;\"ledergruppe, styrekontakt\"\r\n";

    @Test
    void a_file_saved_by_excel_is_read_with_its_byte_order_mark_semicolons_and_line_breaks_in_a_cell() {
        var result = OrganisationImport.read(EXCEL, current, OrganisationImport.Mode.UPDATE, "fjordvekst-admin");

        assertThat(result.problems()).isEmpty();
        var sigrid = result.organisation().people().stream()
                .filter(p -> p.email().equals("sigrid@fjordvekst.example"))
                .findFirst()
                .orElseThrow();
        assertThat(sigrid.title()).isEqualTo("Veileder\r\n(vikar)");
        var ola = result.organisation().people().stream()
                .filter(p -> p.email().equals("ola@fjordvekst.example"))
                .findFirst()
                .orElseThrow();
        assertThat(result.organisation().managementGroup()).contains(ola.id());
        assertThat(result.organisation().boardContact()).isEqualTo(ola.id());
    }

    @Test
    void adding_and_updating_is_the_default_and_leaves_everyone_else_as_they_are() {
        var result = OrganisationImport.read(EXCEL, current, OrganisationImport.Mode.UPDATE, "fjordvekst-admin");

        assertThat(result.leaving()).isEmpty();
        assertThat(result.organisation().people()).hasSize(current.people().size() + 2);
        assertThat(result.organisation().people()).containsAll(current.people());
        assertThat(result.organisation().managingDirector()).isEqualTo(current.managingDirector());
        assertThat(result.organisation().units()).containsAll(current.units());
    }

    @Test
    void replacing_all_lists_plainly_who_will_have_left_and_the_admin_cannot_remove_themselves() {
        String withoutAdmin = """
                navn;epost;enhet;roller
                Dagny Daglig;fjordvekst-director@fjordvekst.example;Fjordvekst AS;daglig-leder
                """;

        var refused =
                OrganisationImport.read(withoutAdmin, current, OrganisationImport.Mode.REPLACE, "fjordvekst-admin");
        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("kan ikke registrere deg selv som sluttet"));

        var byDirector =
                OrganisationImport.read(withoutAdmin, current, OrganisationImport.Mode.REPLACE, "fjordvekst-director");
        assertThat(byDirector.problems()).isEmpty();
        assertThat(byDirector.leaving()).contains("Henrik Håndterer", "Anne Admin");
    }

    @Test
    void a_quote_that_is_never_closed_is_a_problem_not_a_crash() {
        var result = OrganisationImport.read(
                "navn;epost;enhet\n\"Kari;kari@x.example;AS\n", current, OrganisationImport.Mode.UPDATE, null);

        assertThat(result.problems()).isNotEmpty();
    }
}
