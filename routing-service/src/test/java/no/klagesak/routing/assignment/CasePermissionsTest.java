package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may take which step: the table. Dagny directs and is the management group with Siri; Per leads Kari. */
class CasePermissionsTest {

    private static Person person(String id, String manager) {
        return new Person(id, id, id + "@x.example", id, null, null, manager, true);
    }

    private static final Organisation ORGANISATION = new Organisation(
            List.of(),
            List.of(person("dagny", null), person("per", "dagny"), person("kari", "per"), person("siri", "dagny")),
            "dagny",
            List.of("dagny", "siri"),
            "");

    @ParameterizedTest(name = "{0} by {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ACCEPT        | kari | kari  | true
            ACCEPT        | kari | per   | false
            RESOLVE       | kari | kari  | true
            RESOLVE       | kari | per   | true
            RESOLVE       | kari | siri  | true
            RESOLVE       | per  | kari  | false
            REASSIGN      | kari | per   | true
            REASSIGN      | per  | kari  | false
            ASSIGN        | -    | siri  | true
            ASSIGN        | -    | per   | false
            DECIDE        | kari | dagny | true
            DECIDE        | kari | kari  | false
            RECORD_ACTION | kari | -     | false
            """)
    void the_steps_each_may_take(CaseAction action, String handler, String caller, boolean may) {
        var c = new ComplaintCase(
                "c-1",
                "t",
                "T-1",
                "COMPLAINT",
                "X",
                1,
                handler,
                HandlerLevel.LINE_MANAGER,
                14,
                LocalDate.of(2026, 12, 9),
                Instant.EPOCH,
                Instant.EPOCH,
                "",
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                Acknowledgement.EMAIL);

        assertThat(CasePermissions.refusal(action, c, ORGANISATION, caller) == null)
                .as(action + " by " + caller)
                .isEqualTo(may);
    }
}
