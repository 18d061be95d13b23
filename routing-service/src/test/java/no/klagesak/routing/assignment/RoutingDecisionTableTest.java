package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The routing rules as a decision table: each row a complaint, the tenant's default receiver and whistleblowing
 * receivers, who left, and the handler, the rule and the explanation a manager reads.
 *
 * <p>The organisation: Dagny (daglig leder, Bedriften) leads Per (avdelingsleder, Verkstedet), Siri (avdelingsleder,
 * Kantina), Leif (avdelingsleder, Lageret), Vera (verneombud) and Tor (HR-leder); Per leads Kari (arbeidsleder,
 * Verkstedet), Kari leads Ola (veileder); Leif leads Lise. Berit chairs the board. Vera and Tor receive whistleblowing
 * reports.
 */
class RoutingDecisionTableTest {

    private static final List<Unit> UNITS = List.of(
            new Unit("u-root", "Bedriften", null, "p-dagny"),
            new Unit("u-verksted", "Verkstedet", "u-root", "p-per"),
            new Unit("u-kantine", "Kantina", "u-root", "p-siri"),
            new Unit("u-lager", "Lageret", "u-root", "p-leif"));

    private static Person person(String id, String name, String title, String unit, String manager) {
        return new Person(id, name, id.substring(2) + "@x.example", id.substring(2), title, unit, manager, true);
    }

    private static final List<Person> PEOPLE = List.of(
            person("p-dagny", "Dagny", "Daglig leder", "u-root", null),
            person("p-per", "Per", "Avdelingsleder", "u-verksted", "p-dagny"),
            person("p-kari", "Kari", "Arbeidsleder", "u-verksted", "p-per"),
            person("p-ola", "Ola", "Veileder", "u-verksted", "p-kari"),
            person("p-siri", "Siri", "Avdelingsleder", "u-kantine", "p-dagny"),
            person("p-leif", "Leif", "Avdelingsleder", "u-lager", "p-dagny"),
            person("p-lise", "Lise", "Lagermedarbeider", "u-lager", "p-leif"),
            person("p-vera", "Vera", "Verneombud", "u-root", "p-dagny"),
            person("p-tor", "Tor", "HR-leder", "u-root", "p-dagny"),
            person("p-berit", "Berit", "Styreleder", null, null));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule 6: the tenant's default
            default person                                | PERSON:p-kari      | p-vera,p-tor | -      | COMPLAINT      | false | -       | -          | -       | kari  | LINE_MANAGER              | Sendt til den som tar imot klager, Kari.
            default unit leader                           | UNIT_LEADER:u-verksted | p-vera   | -      | COMPLAINT      | false | -       | -          | -       | per   | LINE_MANAGER              | Sendt til lederen for Verkstedet, Per.
            management meeting decides (002)              | MANAGEMENT_MEETING:- | p-vera     | -      | COMPLAINT      | false | -       | -          | -       | -     | MANAGEMENT_TRIAGE         | Ledermøtet fordeler saken: den venter i ledergruppens kø.
            default person has left                       | PERSON:p-kari      | p-vera       | p-kari | COMPLAINT      | false | -       | -          | -       | per   | LINE_MANAGER              | Kari har sluttet. Sendt til Per i stedet for den som tar imot klager.
            default unit's leader has left                | UNIT_LEADER:u-lager | p-vera      | p-leif | COMPLAINT      | false | -       | -          | -       | dagny | MANAGING_DIRECTOR         | Leif har sluttet. Sendt til lederen for Lageret, Dagny.
            default is the managing director              | PERSON:p-dagny     | p-vera       | -      | COMPLAINT      | false | -       | -          | -       | dagny | MANAGING_DIRECTOR         | Sendt til den som tar imot klager, Dagny.
            # rule 1: whistleblowing
            whistleblowing to the first receiver          | PERSON:p-kari      | p-vera,p-tor | -      | WHISTLEBLOWING | false | -       | -          | -       | vera  | WHISTLEBLOWING_RECEIVER   | Varsel: sendt til varslingsmottaker Vera.
            whistleblowing, first receiver left           | PERSON:p-kari      | p-vera,p-tor | p-vera | WHISTLEBLOWING | false | -       | -          | -       | tor   | WHISTLEBLOWING_RECEIVER   | Varslingsmottaker Vera har sluttet. Varsel: sendt til varslingsmottaker Tor.
            whistleblowing about the first receiver       | PERSON:p-kari      | p-vera,p-tor | -      | WHISTLEBLOWING | false | p-vera  | -          | -       | berit | ALTERNATIVE_RECEIVER      | Varselet gjelder Vera: sendt til Berit, som rutinen peker ut for varsler om varslingsmottakere og daglig leder.
            whistleblowing about the director, a receiver | PERSON:p-kari      | p-dagny,p-tor | -     | WHISTLEBLOWING | false | p-dagny | -          | -       | berit | ALTERNATIVE_RECEIVER      | Varselet gjelder Dagny: sendt til Berit, som rutinen peker ut for varsler om varslingsmottakere og daglig leder.
            whistleblowing about a receiver, board gone   | PERSON:p-kari      | p-vera,p-tor | p-berit | WHISTLEBLOWING | false | p-vera | -          | -       | tor   | WHISTLEBLOWING_RECEIVER   | Varslingsmottaker Vera gjelder saken. Varsel: sendt til varslingsmottaker Tor.
            whistleblowing, no receiver can take it       | PERSON:p-kari      | p-vera       | p-vera | WHISTLEBLOWING | false | -       | -          | -       | dagny | MANAGING_DIRECTOR         | Varslingsmottaker Vera har sluttet. Varsel uten en varslingsmottaker som kan ta det. Ingen andre kan behandle den: sendt til daglig leder Dagny.
            whistleblowing about the director, no receivers | PERSON:p-kari    | -            | -      | WHISTLEBLOWING | false | p-dagny | -          | -       | berit | ALTERNATIVE_RECEIVER      | Varselet gjelder Dagny: sendt til Berit, som rutinen peker ut for varsler om varslingsmottakere og daglig leder.
            whistleblowing goes to the receiver, not the chosen one | PERSON:p-kari | p-vera  | -      | WHISTLEBLOWING | false | -       | -          | p-siri  | vera  | WHISTLEBLOWING_RECEIVER   | Varsel: sendt til varslingsmottaker Vera.
            # rule 2: it concerns a person
            concerns a supervisor                         | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | p-kari  | -          | -       | per   | CONCERNED_PERSONS_MANAGER | Gjelder Kari (arbeidsleder, Verkstedet): sendt til nærmeste leder Per.
            concerns a guide                              | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | p-ola   | -          | -       | kari  | CONCERNED_PERSONS_MANAGER | Gjelder Ola (veileder, Verkstedet): sendt til nærmeste leder Kari.
            concerns someone whose manager left           | PERSON:p-kari      | p-vera       | p-leif | COMPLAINT      | false | p-lise  | -          | -       | dagny | MANAGING_DIRECTOR         | Leif har sluttet. Gjelder Lise (lagermedarbeider, Lageret): sendt til nærmeste leder Dagny.
            concerns a department leader                  | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | p-per   | -          | -       | dagny | MANAGING_DIRECTOR         | Gjelder Per (avdelingsleder, Verkstedet): sendt til nærmeste leder Dagny.
            concerns the managing director                | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | p-dagny | -          | -       | berit | BOARD_CONTACT             | Gjelder Dagny (daglig leder, Bedriften), som ingen leder står over. Saken gjelder daglig leder: sendt til styrets kontakt Berit.
            concerns the chosen receiver                  | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | p-siri  | -          | p-siri  | dagny | MANAGING_DIRECTOR         | Gjelder Siri (avdelingsleder, Kantina): sendt til nærmeste leder Dagny.
            # rule 3: it concerns the complainant's nearest superior (001)
            concerns the line manager                     | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | true  | -       | -          | -       | per   | ONE_LEVEL_UP              | Gjelder klagerens nærmeste leder Kari: sendt ett nivå opp til Per.
            concerns the line manager, a unit leader      | UNIT_LEADER:u-verksted | p-vera   | -      | COMPLAINT      | true  | -       | -          | -       | dagny | MANAGING_DIRECTOR         | Gjelder klagerens nærmeste leder Per: sendt ett nivå opp til Dagny.
            concerns the line manager, who has left       | UNIT_LEADER:u-lager | p-vera      | -      | COMPLAINT      | true  | -       | -          | -       | dagny | MANAGING_DIRECTOR         | Gjelder klagerens nærmeste leder Leif: sendt ett nivå opp til Dagny.
            concerns the line manager, director default   | PERSON:p-dagny     | p-vera       | -      | COMPLAINT      | true  | -       | -          | -       | berit | BOARD_CONTACT             | Gjelder klagerens nærmeste leder Dagny. Saken gjelder daglig leder: sendt til styrets kontakt Berit.
            # rule 4: a chosen receiver (003)
            a chosen department leader                    | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | -       | -          | p-siri  | siri  | CHOSEN_RECEIVER           | Klageren valgte Siri (avdelingsleder, Kantina) som mottaker.
            a chosen receiver who left                    | PERSON:p-kari      | p-vera       | p-siri | COMPLAINT      | false | -       | -          | p-siri  | kari  | LINE_MANAGER              | Siri har sluttet. Sendt til den som tar imot klager, Kari.
            a chosen receiver and a unit                  | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | -       | u-kantine  | p-per   | per   | CHOSEN_RECEIVER           | Klageren valgte Per (avdelingsleder, Verkstedet) som mottaker.
            # rule 5: it concerns a unit
            concerns a unit                               | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | -       | u-kantine  | -       | siri  | UNIT_LEADER               | Gjelder Kantina: sendt til lederen der, Siri.
            concerns a unit whose leader left             | PERSON:p-kari      | p-vera       | p-leif | COMPLAINT      | false | -       | u-lager    | -       | dagny | MANAGING_DIRECTOR         | Leif har sluttet. Gjelder Lageret: sendt til lederen der, Dagny.
            concerns the whole company                    | MANAGEMENT_MEETING:- | p-vera     | -      | COMPLAINT      | false | -       | u-root     | -       | dagny | MANAGING_DIRECTOR         | Gjelder Bedriften: sendt til lederen der, Dagny.
            a person and a unit: the person rule first    | PERSON:p-kari      | p-vera       | -      | COMPLAINT      | false | p-ola   | u-kantine  | -       | kari  | CONCERNED_PERSONS_MANAGER | Gjelder Ola (veileder, Verkstedet): sendt til nærmeste leder Kari.
            """)
    void the_rules_decide_in_order_and_say_why(
            String row,
            String defaultReceiver,
            String whistleblowingReceivers,
            String left,
            String track,
            boolean concernsLineManager,
            String concernsPerson,
            String concernsUnit,
            String chosenReceiver,
            String handler,
            HandlerLevel level,
            String explanation) {
        String[] receiver = defaultReceiver.split(":");
        Routine routine = Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL
                .routine("Bedriften", "p-dagny")
                .withReceivers(new Routine.Receivers(
                        new Routine.DefaultReceiver(
                                Routine.ReceiverKind.valueOf(receiver[0]), receiver.length > 1 ? receiver[1] : ""),
                        true,
                        whistleblowingReceivers == null
                                ? List.of()
                                : Arrays.asList(whistleblowingReceivers.split(","))));
        Organisation organisation = new Organisation(
                UNITS,
                PEOPLE.stream()
                        .map(p -> p.id().equals(left) ? p.withActive(false) : p)
                        .toList(),
                "p-dagny",
                List.of("p-dagny", "p-per", "p-siri"),
                "p-berit");

        var decision = Router.route(
                routine,
                organisation,
                new Router.Request(
                        Routine.Track.valueOf(track),
                        concernsLineManager,
                        concernsPerson,
                        concernsUnit,
                        chosenReceiver));

        assertThat(decision.explanation()).as(row).isEqualTo(explanation);
        assertThat(decision.concerned()).as(row).doesNotContainNull();
        assertThat(decision.level()).as(row).isEqualTo(level);
        assertThat(decision.username()).as(row).isEqualTo(handler);
        if (concernsPerson != null) {
            assertThat(decision.concerned()).as(row).contains(concernsPerson);
            assertThat(decision.handler() == null ? null : decision.handler().id())
                    .as(row + ": never the person it concerns")
                    .isNotEqualTo(concernsPerson);
        }
    }

    private static final Organisation ORGANISATION =
            new Organisation(UNITS, PEOPLE, "p-dagny", List.of("p-dagny", "p-per", "p-siri"), "p-berit");

    private static Routine routine(List<String> whistleblowingReceivers, String alternative) {
        return Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL
                .routine("Bedriften", "p-dagny")
                .withReceivers(new Routine.Receivers(
                        new Routine.DefaultReceiver(Routine.ReceiverKind.PERSON, "p-kari"),
                        false,
                        whistleblowingReceivers,
                        Routine.ReporterIdentity.INVESTIGATORS,
                        alternative));
    }

    private static Router.Request aboutTheDirector(Routine.Track track) {
        return new Router.Request(track, false, null, null, null, java.util.Set.of(), true);
    }

    @Test
    void a_report_the_reporter_says_is_about_the_managing_director_goes_to_the_routines_alternative_receiver() {
        var decision = Router.route(
                routine(List.of("p-dagny", "p-tor"), "p-vera"),
                ORGANISATION,
                aboutTheDirector(Routine.Track.WHISTLEBLOWING));

        assertThat(decision.username()).isEqualTo("vera");
        assertThat(decision.level()).isEqualTo(HandlerLevel.ALTERNATIVE_RECEIVER);
        assertThat(decision.concerned()).containsExactly("p-dagny");
        assertThat(decision.explanation()).startsWith("Varselet gjelder Dagny: sendt til Vera");
    }

    @Test
    void
            without_an_alternative_receiver_in_the_routine_the_boards_contact_takes_it_and_a_complaint_goes_the_same_way() {
        assertThat(Router.route(
                                routine(List.of("p-dagny"), null),
                                ORGANISATION,
                                aboutTheDirector(Routine.Track.WHISTLEBLOWING))
                        .username())
                .isEqualTo("berit");
        var complaint = Router.route(
                routine(List.of("p-dagny"), "p-vera"), ORGANISATION, aboutTheDirector(Routine.Track.COMPLAINT));
        assertThat(complaint.username()).isEqualTo("vera");
        assertThat(complaint.level()).isEqualTo(HandlerLevel.ALTERNATIVE_RECEIVER);
        assertThat(complaint.concerned()).containsExactly("p-dagny");
    }

    private static Router.Request said(boolean lineManager, String complainantUnit, String other) {
        return new Router.Request(
                Routine.Track.COMPLAINT,
                lineManager,
                null,
                null,
                null,
                java.util.Set.of(),
                false,
                complainantUnit,
                other);
    }

    /** Routine 001: "one level up when it concerns that superior", whoever the complainant's superior really is. */
    @Test
    void it_concerns_my_nearest_leader_means_the_leader_of_the_unit_i_name_and_goes_one_level_up_from_them() {
        var kantina = Router.route(routine(List.of("p-vera"), null), ORGANISATION, said(true, "u-kantine", null));
        assertThat(kantina.username()).isEqualTo("dagny");
        assertThat(kantina.concerned()).containsExactly("p-siri");
        assertThat(kantina.explanation())
                .isEqualTo("Gjelder klagerens nærmeste leder Siri: sendt ett nivå opp til Dagny.");

        var unsaid = Router.route(routine(List.of("p-vera"), null), ORGANISATION, said(true, null, null));
        assertThat(unsaid.concerned())
                .as("no unit named: the tenant's default receiver")
                .containsExactly("p-kari");
        assertThat(unsaid.username()).isEqualTo("per");
    }

    @Test
    void a_board_member_is_kept_from_the_boards_contact_and_someone_unknown_is_left_for_the_receiver_to_settle() {
        var board = Router.route(routine(List.of("p-vera"), null), ORGANISATION, said(false, null, "BOARD_MEMBER"));
        assertThat(board.concerned()).containsExactly("p-berit");
        assertThat(board.username()).isEqualTo("kari");
        assertThat(board.explanation()).endsWith("Gjelder et styremedlem: holdt unna styrets kontakt.");

        var unknown = Router.route(routine(List.of("p-vera"), null), ORGANISATION, said(false, null, "UNKNOWN_PERSON"));
        assertThat(unknown.concerned()).isEmpty();
        assertThat(unknown.username()).isEqualTo("kari");
        assertThat(unknown.explanation()).endsWith("mottakeren avgjør hvem saken gjelder.");

        assertThat(Router.route(routine(List.of("p-vera"), null), ORGANISATION, said(false, null, "OUTSIDE"))
                        .explanation())
                .isEqualTo("Sendt til den som tar imot klager, Kari. Gjelder noen utenfor bedriften.");
    }

    @Test
    void an_alternative_receiver_without_a_login_is_passed_for_the_boards_contact() {
        var withoutLogin = new Organisation(
                UNITS,
                PEOPLE.stream()
                        .map(p -> p.id().equals("p-vera")
                                ? new Person(
                                        p.id(),
                                        p.name(),
                                        p.email(),
                                        null,
                                        p.title(),
                                        p.unitId(),
                                        p.lineManagerId(),
                                        true)
                                : p)
                        .toList(),
                "p-dagny",
                List.of("p-dagny", "p-per", "p-siri"),
                "p-berit");

        var decision = Router.route(
                routine(List.of("p-dagny"), "p-vera"), withoutLogin, aboutTheDirector(Routine.Track.WHISTLEBLOWING));

        assertThat(decision.username()).isEqualTo("berit");
    }
}
