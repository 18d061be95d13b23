package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import no.klagesak.contracts.tenant.Organisation.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who sees a case, as a table: the case's track, handler, state and concerned person, the caller, and the answer. */
class CaseVisibilityTest {

    private static Person person(String id, String unit, String manager) {
        return new Person(id, id, id + "@x.example", id, null, unit, manager, true);
    }

    /** Dagny directs; Per leads Kari, who leads Ola; Siri leads the canteen; Vera receives whistleblowing reports. */
    private static final Organisation ORGANISATION = new Organisation(
            List.of(new Unit("root", "Bedriften", null, "dagny")),
            List.of(
                    person("dagny", "root", null),
                    person("per", "root", "dagny"),
                    person("kari", "root", "per"),
                    person("ola", "root", "kari"),
                    person("siri", "root", "dagny"),
                    person("vera", "root", "dagny")),
            "dagny",
            List.of("dagny", "siri"),
            "");

    /** A case on the track, with its handler and at most one person it concerns. */
    private static ComplaintCase aCase(String track, String handler, String concerned) {
        return new ComplaintCase(
                "c-1",
                "t",
                "T-1",
                track,
                "X",
                1,
                handler,
                HandlerLevel.LINE_MANAGER,
                14,
                LocalDate.of(2026, 12, 9),
                Instant.EPOCH,
                Instant.EPOCH,
                "",
                concerned == null ? List.of() : List.of(concerned),
                null,
                List.of(),
                List.of(),
                null,
                Acknowledgement.EMAIL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the handler                                   | COMPLAINT      | kari | IN_PROGRESS | -    | kari  | true
            the handler's manager                         | COMPLAINT      | kari | IN_PROGRESS | -    | per   | true
            the managing director                         | COMPLAINT      | kari | RESOLVED    | -    | dagny | true
            a colleague                                   | COMPLAINT      | kari | IN_PROGRESS | -    | ola   | false
            another department's leader                   | COMPLAINT      | kari | IN_PROGRESS | -    | siri  | false
            the management group, the queue               | COMPLAINT      | -    | TRIAGE      | -    | siri  | true
            the management group, an escalation           | COMPLAINT      | kari | ESCALATED   | -    | siri  | true
            the managing director, whom it concerns       | COMPLAINT      | per  | IN_PROGRESS | dagny | dagny | false
            the handler's manager, whom it concerns       | COMPLAINT      | kari | IN_PROGRESS | per  | per   | false
            a whistleblowing report, its receiver         | WHISTLEBLOWING | vera | IN_PROGRESS | -    | vera  | true
            a whistleblowing report, the director         | WHISTLEBLOWING | vera | IN_PROGRESS | -    | dagny | false
            a whistleblowing report, the receiver's line  | WHISTLEBLOWING | kari | IN_PROGRESS | -    | per   | false
            someone outside the organisation              | COMPLAINT      | kari | IN_PROGRESS | -    | -     | false
            """)
    void who_sees_a_case(
            String row, String track, String handler, CaseState state, String concerned, String caller, boolean sees) {
        var c = aCase(track, handler, concerned);

        assertThat(CaseVisibility.canSee(c, state, ORGANISATION, List.of("vera"), caller))
                .as(row)
                .isEqualTo(sees);
    }

    @ParameterizedTest(name = "handled by {0}, concerning {1}: discussed with {2}")
    @CsvSource(nullValues = "-", textBlock = """
            ola,  -,    kari
            ola,  kari, per
            ola,  per,  kari
            kari, per,  dagny
            per,  dagny, -
            dagny, -,   -
            """)
    void a_written_complaint_is_discussed_with_the_first_superior_it_does_not_concern(
            String handler, String concerned, String discussedWith) {
        var c = aCase("COMPLAINT", handler, concerned);

        assertThat(CaseVisibility.superiorToDiscussWith(c, ORGANISATION).map(Person::id))
                .isEqualTo(java.util.Optional.ofNullable(discussedWith));
    }
}
