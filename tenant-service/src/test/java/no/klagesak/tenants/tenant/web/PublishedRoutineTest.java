package no.klagesak.tenants.tenant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the public routine keeps of the settings: every rule, no one's id. */
class PublishedRoutineTest {

    @ParameterizedTest
    @EnumSource(Routine.ReporterIdentity.class)
    void the_published_routine_says_who_may_know_a_reporters_name_and_names_no_one(Routine.ReporterIdentity who) {
        Routine routine = Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS.routine("Eksempel AS", "p-1");
        var receivers = routine.receivers();
        routine = routine.withReceivers(new Routine.Receivers(
                receivers.defaultReceiver(), receivers.complainantMayChooseReceiver(), List.of("p-7"), who, "p-9"));

        var published = TenantController.withoutPeople(
                        new RoutineVersion(1, Instant.parse("2026-01-05T08:00:00Z"), "p-1", List.of(), routine))
                .routine()
                .receivers();

        assertThat(published.reporterIdentity()).isEqualTo(who);
        assertThat(published.whistleblowingReceivers()).isEmpty();
        assertThat(published.alternativeReceiver()).isNull();
        assertThat(published.defaultReceiver().ref()).isEmpty();
    }
}
