package no.klagesak.web.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.TenantServiceClient;
import no.klagesak.web.services.TenantServiceClient.PublishedTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The published routine is written from the settings: each template's document states its deadlines and rules. */
@SpringBootTest
@AutoConfigureMockMvc
class RoutineDocumentTest {

    private static final Instant V1 = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant V2 = Instant.parse("2026-11-20T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantServiceClient tenants;

    private String render(Template template, String query) throws Exception {
        Routine routine = template.routine("Eksempel AS", "p-1");
        given(tenants.published("eksempel"))
                .willReturn(Optional.of(new PublishedTenant(
                        "eksempel",
                        "Eksempel AS",
                        1,
                        List.of(new RoutineVersion(1, V1, "admin", List.of("verneombud Vera"), routine)))));
        var result = mvc.perform(get("/t/eksempel/rutine" + query)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void every_template_renders_a_document_under_the_headings_a_routine_has(Template template) throws Exception {
        assertThat(render(template, ""))
                .contains("Rutine for klagebehandling – Eksempel AS")
                .contains("Formål", "Hvem kan klage, og på hva", "Slik klager du", "Hva skjer etterpå, og når")
                .contains("Hvis du ikke er fornøyd", "Taushetsplikt", "Rapportering og oppbevaring")
                .contains("Versjon 1, gjelder fra 05.01.2026.");
    }

    @Test
    void the_published_routine_says_when_it_was_last_evaluated_or_that_it_was_not_yet() throws Exception {
        assertThat(org.jsoup.Jsoup.parse(render(Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL, "?lang=nb"))
                        .select("[data-testid=last-evaluated]")
                        .text())
                .isEqualTo("Rutinen er ikke evaluert ennå.");

        Routine routine = Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL.routine("Eksempel AS", "p-1");
        given(tenants.published("eksempel"))
                .willReturn(Optional.of(new PublishedTenant(
                        "eksempel",
                        "Eksempel AS",
                        1,
                        List.of(new RoutineVersion(1, V1, "admin", List.of(), routine)),
                        List.of(),
                        java.time.LocalDate.of(2026, 11, 30))));
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/t/eksempel/rutine?lang=en"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[data-testid=last-evaluated]").text())
                .isEqualTo("This procedure was last evaluated on 30.11.2026.");
    }

    @Test
    void lowest_level_14_days_states_14_days_and_that_managements_decision_is_final() throws Exception {
        assertThat(render(Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL, ""))
                .contains("Du får skriftlig svar innen 14 dager.")
                .contains("Ledelsens avgjørelse er endelig.")
                .contains("hva du ønsker endret")
                .contains("publiseres i årsrapporten og på nettsiden");
    }

    @Test
    void oral_or_written_states_2_weeks_anonymity_and_the_receivers_superior() throws Exception {
        assertThat(render(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS, ""))
                .contains("Du får skriftlig svar innen 2 uker.")
                .contains("Du kan klage anonymt.")
                .contains("Du kan klage skriftlig eller muntlig.")
                .contains("drøftes med mottakerens nærmeste leder")
                .doesNotContain("Varslingsrutine");
    }

    @Test
    void written_management_meeting_states_4_weeks_writing_and_the_meeting() throws Exception {
        assertThat(render(Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS, ""))
                .contains("Du får skriftlig svar innen 4 uker.")
                .contains("En formell klage skal være skriftlig.")
                .contains("Ledermøtet avgjør hvem som behandler klagen.")
                .contains("samlet én gang om dagen");
    }

    @Test
    void through_the_line_states_14_days_the_name_and_the_choice_of_receiver() throws Exception {
        assertThat(render(Template.THROUGH_THE_LINE_NAMED_14_DAYS, ""))
                .contains("Du får skriftlig svar innen 14 dager.")
                .contains("Klagen må ha navnet ditt.")
                .contains("eller til en annen leder som kan gjøre noe med saken")
                .contains("Kom gjerne med forslag");
    }

    @Test
    void complaint_and_whistleblowing_adds_the_whistleblowing_routine_with_its_deadlines_and_who_agreed_it()
            throws Exception {
        assertThat(render(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS, ""))
                .contains("Anonyme klager behandles ikke.")
                .contains("Varslingsrutine")
                .contains("Mobbing, trakassering, diskriminering, vold")
                .contains("Du får bekreftelse innen 7 dager og tilbakemelding innen 3 måneder.")
                .contains("arbeidsmiljøloven § 2 A-4")
                .contains("i samarbeid med verneombud Vera");
    }

    /**
     * The whistleblowing routine says only what the platform does: who receives reports and where those about them or
     * the director go, how long reports are kept (the setting for reports, not for complaints), and, when no one is
     * recorded as having agreed it, that plainly.
     */
    @Test
    void the_whistleblowing_routine_names_its_receivers_its_own_retention_and_says_when_no_agreement_is_recorded()
            throws Exception {
        Routine routine = Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS.routine("Eksempel AS", "p-1");
        given(tenants.published("eksempel"))
                .willReturn(Optional.of(new PublishedTenant(
                        "eksempel",
                        "Eksempel AS",
                        1,
                        List.of(new RoutineVersion(1, V1, "admin", List.of(), routine)),
                        List.of(new TenantServiceClient.PublishedReceivers(
                                1, List.of("Dagny Daglig, daglig leder"), "Berit Styreleder, styreleder")))));

        String page =
                mvc.perform(get("/t/eksempel/rutine")).andReturn().getResponse().getContentAsString();

        assertThat(routine.retention().whistleblowingYears())
                .isNotEqualTo(routine.retention().complaintYears());
        assertThat(page)
                .contains("Varsler tas imot av: Dagny Daglig, daglig leder.")
                .contains("går det til Berit Styreleder, styreleder, og ikke til den det gjelder")
                .contains("Et varsel oppbevares i " + routine.retention().whistleblowingYears() + " år")
                .contains("Det er ikke registrert at rutinen er utarbeidet i samarbeid med tillitsvalgte");
    }

    @Test
    void the_document_speaks_nynorsk_and_english_and_has_an_easy_read_version() throws Exception {
        var template = Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS;
        assertThat(render(template, "?lang=nn")).contains("Du får skriftleg svar innan 2 veker.");
        assertThat(render(template, "?lang=en")).contains("You get a written answer within 2 weeks.");
        assertThat(render(template, "?lang=nb&lett=true"))
                .contains("Kort fortalt", "Du får svar innen 2 uker.")
                .doesNotContain("Taushetsplikt");
    }

    @Test
    void an_earlier_version_stays_readable_with_its_dates() throws Exception {
        Routine first = Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL.routine("Eksempel AS", "p-1");
        Routine second = Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS.routine("Eksempel AS", "p-1");
        given(tenants.published("eksempel"))
                .willReturn(Optional.of(new PublishedTenant(
                        "eksempel",
                        "Eksempel AS",
                        2,
                        List.of(
                                new RoutineVersion(1, V1, "admin", List.of(), first),
                                new RoutineVersion(2, V2, "admin", List.of(), second)))));

        String current =
                mvc.perform(get("/t/eksempel/rutine")).andReturn().getResponse().getContentAsString();
        String older = mvc.perform(get("/t/eksempel/rutine?versjon=1"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(current).contains("innen 4 uker", "Versjon 2, gjelder fra 20.11.2026.", "Versjon 1, fra 05.01.2026");
        assertThat(older).contains("innen 14 dager", "Dette er en eldre versjon.");
        assertThat(mvc.perform(get("/t/eksempel/rutine?versjon=7"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
