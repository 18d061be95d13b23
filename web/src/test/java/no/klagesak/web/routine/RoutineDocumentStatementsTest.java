package no.klagesak.web.routine;

import static no.klagesak.contracts.tenant.Routine.SpanUnit.DAYS;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.MONTHS;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.WEEKS;
import static no.klagesak.contracts.tenant.Routine.SpanUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.Routine.Category;
import no.klagesak.contracts.tenant.Routine.ComplainantType;
import no.klagesak.contracts.tenant.Routine.Deadlines;
import no.klagesak.contracts.tenant.Routine.DefaultReceiver;
import no.klagesak.contracts.tenant.Routine.DirectorNotice;
import no.klagesak.contracts.tenant.Routine.Names;
import no.klagesak.contracts.tenant.Routine.Notices;
import no.klagesak.contracts.tenant.Routine.ReceiverKind;
import no.klagesak.contracts.tenant.Routine.Receivers;
import no.klagesak.contracts.tenant.Routine.ReporterIdentity;
import no.klagesak.contracts.tenant.Routine.Retention;
import no.klagesak.contracts.tenant.Routine.Span;
import no.klagesak.contracts.tenant.Routine.TrackDeadlines;
import no.klagesak.contracts.tenant.Routine.WhoMayComplain;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.TenantServiceClient;
import no.klagesak.web.services.TenantServiceClient.PublishedReceivers;
import no.klagesak.web.services.TenantServiceClient.PublishedTenant;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every statement of the published routine is the setting the services act on, written out: the expected Bokmål text
 * is derived from the routine's values, never from the template's name, so a document that kept a template's wording
 * after the tenant changed a setting fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutineDocumentStatementsTest {

    private static final Instant V1 = Instant.parse("2026-01-05T08:00:00Z");
    private static final String VALID_FROM = "05.01.2026";
    private static final List<String> AGREED = List.of("verneombud Vera", "tillitsvalgt Tor");
    private static final List<String> REPORT_RECEIVERS = List.of("Dagny Daglig, daglig leder", "Rolf Rådgiver, HR");
    private static final String ALTERNATIVE = "Berit Styreleder, styreleder";

    /** Bokmål names of who may complain, as messages.properties writes them. */
    private static final Map<ComplainantType, String> COMPLAINANTS = Map.of(
            ComplainantType.PARTICIPANT, "Deltakere i tiltak",
            ComplainantType.EMPLOYEE, "Ansatte, også i varig tilrettelagt arbeid",
            ComplainantType.CUSTOMER, "Kunder som NAV, kommuner og skoler",
            ComplainantType.BUYER, "Kjøpere av varer og tjenester",
            ComplainantType.PARTNER, "Samarbeidspartnere, som ansvarsgrupper og leger",
            ComplainantType.RELATIVE, "Pårørende",
            ComplainantType.REPRESENTATIVE, "Representanter for en deltaker, med samtykke");

    /** Who may see a reporter's name, as the document states each setting. */
    private static final Map<ReporterIdentity, String> IDENTITY = Map.of(
            ReporterIdentity.INVESTIGATORS, "Bare de som undersøker varselet, kan se det",
            ReporterIdentity.RECEIVERS, "Bare mottakerne av varsler kan se det",
            ReporterIdentity.NO_ONE, "Ingen som undersøker varselet, ser navnet ditt i Klagesak.");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantServiceClient tenants;

    /** The full document and its easy-read version, both in Bokmål. */
    record Rendered(String page, String easyRead) {

        /** The section under the heading with this id; empty when the document has none. */
        String section(String id) {
            int start = page.indexOf("aria-labelledby=\"" + id + "\"");
            return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
        }
    }

    private static Routine routine(Template template) {
        return template.routine("Eksempel AS", "p-1");
    }

    private Rendered render(Routine routine, List<String> agreedWith, @Nullable String alternative) throws Exception {
        given(tenants.published("eksempel"))
                .willReturn(Optional.of(new PublishedTenant(
                        "eksempel",
                        "Eksempel AS",
                        1,
                        List.of(new RoutineVersion(1, V1, "admin", agreedWith, routine)),
                        List.of(new PublishedReceivers(1, REPORT_RECEIVERS, alternative)))));
        return new Rendered(page("/t/eksempel/rutine?lang=nb"), page("/t/eksempel/rutine?lang=nb&lett=true"));
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Renders the routine and checks every statement against its setting. */
    private Rendered renderedFollowing(Routine routine, List<String> agreedWith, @Nullable String alternative)
            throws Exception {
        Rendered rendered = render(routine, agreedWith, alternative);
        var softly = new SoftAssertions();
        statements(softly, rendered, routine, agreedWith, alternative);
        softly.assertAll();
        return rendered;
    }

    /** A span as the Bokmål document writes it: "14 dager", "1 måned", "3 arbeidsdager". */
    private static String span(Span span) {
        boolean one = span.amount() == 1;
        return span.amount() + " "
                + switch (span.unit()) {
                    case DAYS -> one ? "dag" : "dager";
                    case WORKING_DAYS -> one ? "arbeidsdag" : "arbeidsdager";
                    case WEEKS -> one ? "uke" : "uker";
                    case MONTHS -> one ? "måned" : "måneder";
                };
    }

    private static void either(SoftAssertions softly, String text, boolean setting, String yes, String no) {
        softly.assertThat(text).as("when the setting is " + setting).contains(setting ? yes : no);
        softly.assertThat(text).as("when the setting is " + setting).doesNotContain(setting ? no : yes);
    }

    private static void onlyIf(SoftAssertions softly, String text, boolean setting, String statement) {
        if (setting) {
            softly.assertThat(text).as("stated when set").contains(statement);
        } else {
            softly.assertThat(text).as("not stated when not set").doesNotContain(statement);
        }
    }

    private static List<String> names(Routine routine, Routine.Track track) {
        return routine.categories().stream()
                .filter(c -> c.track() == track && !c.retired())
                .map(c -> c.names().nb())
                .toList();
    }

    private static void statements(
            SoftAssertions softly,
            Rendered rendered,
            Routine routine,
            List<String> agreedWith,
            @Nullable String alternative) {
        var who = routine.who();
        var receivers = routine.receivers();
        var complaint = routine.deadlines().complaint();
        var report = routine.deadlines().whistleblowing();
        var notices = routine.notices();
        var retention = routine.retention();
        boolean whistleblowing = routine.hasWhistleblowingTrack();
        String page = rendered.page();

        softly.assertThat(page).as("every message resolved").doesNotContain("??");
        softly.assertThat(rendered.easyRead()).as("every message resolved").doesNotContain("??");

        // Who may complain, and about what.
        String whoSection = rendered.section("who");
        for (var type : ComplainantType.values()) {
            onlyIf(
                    softly,
                    whoSection,
                    who.complainantTypes().contains(type),
                    "<li>" + COMPLAINANTS.get(type) + "</li>");
        }
        names(routine, Routine.Track.COMPLAINT)
                .forEach(name -> softly.assertThat(whoSection).contains("<li>" + name + "</li>"));
        names(routine, Routine.Track.WHISTLEBLOWING)
                .forEach(name -> softly.assertThat(whoSection)
                        .as("a whistleblowing category is not a complaint category")
                        .doesNotContain("<li>" + name + "</li>"));
        onlyIf(softly, whoSection, who.complainantTypes().contains(ComplainantType.PARTICIPANT), "klager du til NAV");

        // How to complain.
        String how = rendered.section("how");
        either(
                softly,
                how,
                who.writtenOnly(),
                "En formell klage skal være skriftlig.",
                "Du kan klage skriftlig eller muntlig.");
        either(
                softly,
                how,
                receivers.complainantMayChooseReceiver(),
                "eller til en annen leder som kan gjøre noe med saken",
                "Gi klagen til din nærmeste leder. Gjelder klagen lederen");
        either(softly, how, who.anonymousAllowed(), "Du kan klage anonymt.", "Anonyme klager behandles ikke.");
        onlyIf(softly, how, who.nameRequired(), "Klagen må ha navnet ditt.");
        onlyIf(softly, how, who.contactRequired(), "Oppgi hvordan vi kan nå deg");
        either(
                softly,
                how,
                who.desiredChangeRequired(),
                "Skriv hva du klager på, hvorfor, og hva du ønsker endret.",
                "Skriv hva du klager på og hvorfor.");
        onlyIf(softly, how, who.suggestionsInvited(), "Kom gjerne med forslag");

        // What happens next, and when.
        String next = rendered.section("next");
        softly.assertThat(next)
                .contains("Du får en skriftlig bekreftelse innen " + span(complaint.acknowledgement()) + ".")
                .contains("Du får skriftlig svar innen " + span(complaint.handling()) + ".");
        either(
                softly,
                next,
                receivers.defaultReceiver().kind() == ReceiverKind.MANAGEMENT_MEETING,
                "Ledermøtet avgjør hvem som behandler klagen.",
                "Klagen løses på lavest mulig nivå.");
        either(
                softly,
                next,
                notices.directorNotice() == DirectorNotice.DAILY_DIGEST,
                "Daglig leder får vite om alle klager, samlet én gang om dagen.",
                "Daglig leder får vite om alle klager, også dem som er løst.");
        onlyIf(
                softly,
                next,
                notices.writtenComplaintsToReceiversSuperior(),
                "Alle skriftlige klager drøftes med mottakerens nærmeste leder.");
        onlyIf(softly, next, notices.navCaseworkerOffered(), "også veilederen i NAV");
        onlyIf(softly, next, notices.satisfactionSurvey(), "spørreundersøkelse");

        // Escalation: management decides, finally where the routine says so; else the managing director.
        String escalation = rendered.section("escalation");
        either(
                softly,
                escalation,
                notices.escalationOffered(),
                "kan du kreve at ledelsen behandler klagen.",
                "kan du ta saken opp med daglig leder.");
        onlyIf(
                softly,
                escalation,
                notices.escalationOffered() && notices.escalationFinal(),
                "Ledelsens avgjørelse er endelig.");

        // Reporting and retention.
        String reporting = rendered.section("reporting");
        either(
                softly,
                reporting,
                retention.publicStatistics(),
                "rapporteres til styret hvert år og publiseres i årsrapporten og på nettsiden vår.",
                "rapporteres til styret hvert år og tas med i årsrapporten.");
        onlyIf(softly, reporting, retention.publicStatistics(), "/t/eksempel/statistikk");
        softly.assertThat(reporting)
                .contains("Saken oppbevares i " + retention.complaintYears() + " år etter at den er avsluttet");

        // Agreement with employee representatives (aml. § 2 A-6), with their names when recorded.
        String agreed = "Rutinen er utarbeidet i samarbeid med " + String.join(", ", agreedWith) + ", og gjelder fra "
                + VALID_FROM + ".";
        String notAgreed = "Det er ikke registrert at rutinen er utarbeidet i samarbeid med tillitsvalgte";
        onlyIf(softly, page, !agreedWith.isEmpty(), agreed);
        onlyIf(softly, page, whistleblowing && agreedWith.isEmpty(), notAgreed);

        // The whistleblowing routine, only where the routine has the track.
        String wb = rendered.section("whistleblowing");
        if (!whistleblowing) {
            softly.assertThat(wb).as("no whistleblowing section").isEmpty();
            softly.assertThat(page)
                    .doesNotContain("Varslingsrutine", "Varsler tas imot av", "Et varsel oppbevares", "holdes atskilt");
        } else {
            names(routine, Routine.Track.WHISTLEBLOWING)
                    .forEach(name -> softly.assertThat(wb).contains("<li>" + name + "</li>"));
            either(
                    softly,
                    wb,
                    who.anonymousAllowed(),
                    "Du kan varsle anonymt.",
                    "Anonyme varsler behandles ikke, men vi holder navnet ditt skjult");
            softly.assertThat(wb).contains("Varsler tas imot av: " + String.join("; ", REPORT_RECEIVERS) + ".");
            if (alternative != null) {
                softly.assertThat(wb)
                        .contains("Gjelder varselet en av dem som tar imot varsler, eller daglig leder, går det til "
                                + alternative + ", og ikke til den det gjelder.");
            } else {
                softly.assertThat(wb).doesNotContain("Gjelder varselet en av dem som tar imot varsler");
            }
            for (var identity : ReporterIdentity.values()) {
                onlyIf(softly, wb, receivers.reporterIdentity() == identity, IDENTITY.get(identity));
            }
            softly.assertThat(wb)
                    .contains("Du får bekreftelse innen " + span(report.acknowledgement()) + " og tilbakemelding innen "
                            + span(report.handling()) + ".");
            either(
                    softly,
                    wb,
                    RoutineDocumentController.followsDirective(report),
                    "Fristene følger EUs varslingsdirektiv",
                    "Fristene har vi satt selv.");
            var checkIns = routine.deadlines().whistleblowerCheckInDays();
            onlyIf(
                    softly,
                    wb,
                    !checkIns.isEmpty(),
                    "Vi tar kontakt med deg "
                            + String.join(
                                    ", ", checkIns.stream().map(String::valueOf).toList())
                            + " dager etter varselet");
            softly.assertThat(wb)
                    .contains("Et varsel oppbevares i " + retention.whistleblowingYears()
                            + " år etter at saken er avsluttet");
        }

        // The easy-read version states the same settings.
        String easy = rendered.easyRead();
        either(softly, easy, who.writtenOnly(), "Klagen må være skrevet.", "Du kan si det eller skrive det.");
        either(softly, easy, who.anonymousAllowed(), "Du kan klage uten å si hvem du er.", "Du må si hvem du er.");
        softly.assertThat(easy)
                .contains("Du får beskjed om at vi har fått klagen innen " + span(complaint.acknowledgement()) + ".")
                .contains("Du får svar innen " + span(complaint.handling()) + ".");
        onlyIf(softly, easy, notices.escalationOffered(), "kan ledelsen se på saken");
        onlyIf(softly, easy, whistleblowing, "Du kan også si fra om farlige");
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void every_statement_of_each_templates_document_is_the_setting_it_was_written_from(Template template)
            throws Exception {
        renderedFollowing(routine(template), AGREED, ALTERNATIVE);
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void without_a_recorded_agreement_or_alternative_receiver_each_document_says_only_what_is_recorded(
            Template template) throws Exception {
        renderedFollowing(routine(template), List.of(), null);
    }

    @Test
    void changed_deadlines_change_every_deadline_the_document_states() throws Exception {
        Routine base = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        var deadlines = base.deadlines();
        Routine changed = base.withDeadlines(new Deadlines(
                new TrackDeadlines(
                        new Span(2, WORKING_DAYS),
                        new Span(1, MONTHS),
                        deadlines.complaint().remindDaysBefore()),
                new TrackDeadlines(
                        new Span(5, DAYS),
                        new Span(6, WEEKS),
                        deadlines.whistleblowing().remindDaysBefore()),
                List.of(14, 60)));

        var rendered = renderedFollowing(changed, AGREED, ALTERNATIVE);

        assertThat(rendered.page())
                .contains("Du får en skriftlig bekreftelse innen 2 arbeidsdager.")
                .contains("Du får skriftlig svar innen 1 måned.")
                .contains("Du får bekreftelse innen 5 dager og tilbakemelding innen 6 uker.")
                .contains("Vi tar kontakt med deg 14, 60 dager etter varselet")
                .doesNotContain("innen 14 dager", "innen 3 arbeidsdager", "innen 3 måneder", "30, 90, 180");
        assertThat(rendered.easyRead()).contains("Du får svar innen 1 måned.").doesNotContain("innen 14 dager");
    }

    @Test
    void whistleblowing_deadlines_beyond_the_eu_directive_are_not_said_to_follow_it() throws Exception {
        Routine base = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        var deadlines = base.deadlines();
        Routine longer = base.withDeadlines(new Deadlines(
                deadlines.complaint(),
                new TrackDeadlines(new Span(14, DAYS), new Span(6, MONTHS), List.of(14)),
                deadlines.whistleblowerCheckInDays()));

        assertThat(renderedFollowing(longer, AGREED, ALTERNATIVE).section("whistleblowing"))
                .contains("Du får bekreftelse innen 14 dager og tilbakemelding innen 6 måneder.")
                .contains("Fristene har vi satt selv.")
                .doesNotContain("EUs varslingsdirektiv");
        assertThat(renderedFollowing(base, AGREED, ALTERNATIVE).section("whistleblowing"))
                .contains("Fristene følger EUs varslingsdirektiv");
    }

    @Test
    void allowing_anonymity_changes_each_statement_about_it() throws Exception {
        Routine base = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        var who = base.who();
        Routine anonymous = base.withWho(new WhoMayComplain(
                who.complainantTypes(),
                true,
                false,
                false,
                who.writtenOnly(),
                who.desiredChangeRequired(),
                who.suggestionsInvited()));

        assertThat(base.who().anonymousAllowed()).isFalse();
        var rendered = renderedFollowing(anonymous, AGREED, ALTERNATIVE);

        assertThat(rendered.page())
                .contains("Du kan klage anonymt.", "Du kan varsle anonymt.")
                .doesNotContain("Anonyme klager behandles ikke.", "Anonyme varsler behandles ikke")
                .doesNotContain("Klagen må ha navnet ditt.", "Oppgi hvordan vi kan nå deg");
        assertThat(rendered.easyRead())
                .contains("Du kan klage uten å si hvem du er.")
                .doesNotContain("Du må si hvem du er.");
    }

    @Test
    void refusing_anonymity_and_oral_complaints_and_requiring_a_name_is_stated_as_such() throws Exception {
        Routine base = routine(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS);
        var who = base.who();
        Routine named = base.withWho(new WhoMayComplain(who.complainantTypes(), false, true, true, true, true, true));

        assertThat(base.who().anonymousAllowed()).isTrue();
        var rendered = renderedFollowing(named, AGREED, ALTERNATIVE);

        assertThat(rendered.section("how"))
                .contains("En formell klage skal være skriftlig.")
                .contains("Anonyme klager behandles ikke.", "Klagen må ha navnet ditt.", "Oppgi hvordan vi kan nå deg")
                .contains("hva du ønsker endret", "Kom gjerne med forslag")
                .doesNotContain("Du kan klage anonymt.", "Du kan klage skriftlig eller muntlig.");
        assertThat(rendered.easyRead()).contains("Du må si hvem du er.", "Klagen må være skrevet.");
    }

    @Test
    void escalation_is_stated_as_final_offered_or_to_the_managing_director_as_the_settings_say() throws Exception {
        Routine base = routine(Template.LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL);
        var n = base.notices();
        Routine notFinal = base.withNotices(new Notices(
                n.directorNotice(),
                n.writtenComplaintsToReceiversSuperior(),
                true,
                false,
                n.navCaseworkerOffered(),
                n.satisfactionSurvey()));
        Routine notOffered = base.withNotices(new Notices(
                n.directorNotice(),
                n.writtenComplaintsToReceiversSuperior(),
                false,
                false,
                n.navCaseworkerOffered(),
                n.satisfactionSurvey()));

        assertThat(renderedFollowing(base, AGREED, ALTERNATIVE).section("escalation"))
                .contains("kan du kreve at ledelsen behandler klagen. Ledelsens avgjørelse er endelig.");
        assertThat(renderedFollowing(notFinal, AGREED, ALTERNATIVE).section("escalation"))
                .contains("kan du kreve at ledelsen behandler klagen.")
                .doesNotContain("endelig");
        var none = renderedFollowing(notOffered, AGREED, ALTERNATIVE);
        assertThat(none.section("escalation"))
                .contains("kan du ta saken opp med daglig leder.")
                .doesNotContain("ledelsen");
        assertThat(none.easyRead()).doesNotContain("kan ledelsen se på saken");
    }

    @Test
    void changed_retention_and_statistics_are_stated_per_track() throws Exception {
        Routine base = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        Routine changed = base.withRetention(new Retention(true, 3, 7));

        assertThat(base.retention().publicStatistics()).isFalse();
        var rendered = renderedFollowing(changed, AGREED, ALTERNATIVE);

        assertThat(rendered.section("reporting"))
                .contains("Saken oppbevares i 3 år etter at den er avsluttet")
                .contains("publiseres i årsrapporten og på nettsiden vår", "/t/eksempel/statistikk")
                .doesNotContain("Saken oppbevares i " + base.retention().complaintYears() + " år");
        assertThat(rendered.section("whistleblowing"))
                .contains("Et varsel oppbevares i 7 år")
                .doesNotContain("Et varsel oppbevares i " + base.retention().whistleblowingYears() + " år");
    }

    @ParameterizedTest
    @EnumSource(ReporterIdentity.class)
    void who_sees_the_reporters_name_is_the_routines_setting(ReporterIdentity identity) throws Exception {
        Routine base = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        Routine changed = base.withReceivers(base.receivers().withReporterIdentity(identity));

        String wb = renderedFollowing(changed, AGREED, ALTERNATIVE).section("whistleblowing");

        assertThat(wb).contains("Navnet ditt holdes atskilt fra varselet.", IDENTITY.get(identity));
        Arrays.stream(ReporterIdentity.values())
                .filter(other -> other != identity)
                .forEach(other -> assertThat(wb).doesNotContain(IDENTITY.get(other)));
    }

    @Test
    void reports_about_a_receiver_or_the_director_go_where_the_published_receivers_say() throws Exception {
        Routine routine = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);

        assertThat(renderedFollowing(routine, AGREED, "Aslak Annen, HR-sjef").section("whistleblowing"))
                .contains("går det til Aslak Annen, HR-sjef, og ikke til den det gjelder.")
                .doesNotContain(ALTERNATIVE);
        assertThat(renderedFollowing(routine, AGREED, null).section("whistleblowing"))
                .doesNotContain("går det til");
    }

    @Test
    void follow_up_talks_survey_and_the_nav_caseworker_are_stated_only_when_configured() throws Exception {
        Routine base = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        var n = base.notices();
        Routine without = base.withNotices(new Notices(
                        n.directorNotice(),
                        n.writtenComplaintsToReceiversSuperior(),
                        n.escalationOffered(),
                        n.escalationFinal(),
                        false,
                        false))
                .withDeadlines(base.deadlines().withWhistleblowerCheckInDays(List.of()));

        assertThat(renderedFollowing(base, AGREED, ALTERNATIVE).page())
                .contains("spørreundersøkelse", "også veilederen i NAV", "Vi tar kontakt med deg 30, 90, 180 dager")
                .contains("Du har rett til å svare på en anonym brukerundersøkelse før du slutter hos oss.");
        assertThat(renderedFollowing(without, AGREED, ALTERNATIVE).page())
                .doesNotContain("spørreundersøkelse", "også veilederen i NAV", "Vi tar kontakt med deg")
                .doesNotContain("før du slutter");
    }

    @Test
    void receivers_director_notice_and_the_receivers_superior_follow_the_settings() throws Exception {
        Routine base = routine(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS);
        var n = base.notices();
        Routine changed = base.withReceivers(
                        new Receivers(new DefaultReceiver(ReceiverKind.MANAGEMENT_MEETING, ""), true, List.of()))
                .withNotices(new Notices(DirectorNotice.DAILY_DIGEST, false, true, true, false, true));

        assertThat(n.writtenComplaintsToReceiversSuperior()).isTrue();
        var rendered = renderedFollowing(changed, AGREED, ALTERNATIVE);

        assertThat(rendered.page())
                .contains("Ledermøtet avgjør hvem som behandler klagen.")
                .contains("eller til en annen leder som kan gjøre noe med saken")
                .contains("samlet én gang om dagen", "Ledelsens avgjørelse er endelig.", "spørreundersøkelse")
                .doesNotContain("drøftes med mottakerens nærmeste leder", "Klagen løses på lavest mulig nivå.");
    }

    @Test
    void who_may_complain_is_listed_from_the_settings_and_the_nav_appeal_only_where_participants_may()
            throws Exception {
        Routine base = routine(Template.WRITTEN_MANAGEMENT_MEETING_4_WEEKS);
        var who = base.who();
        Routine customers = base.withWho(new WhoMayComplain(
                List.of(ComplainantType.CUSTOMER, ComplainantType.BUYER),
                who.anonymousAllowed(),
                who.nameRequired(),
                who.contactRequired(),
                who.writtenOnly(),
                who.desiredChangeRequired(),
                who.suggestionsInvited()));

        assertThat(renderedFollowing(customers, AGREED, ALTERNATIVE).section("who"))
                .contains("<li>Kunder som NAV, kommuner og skoler</li>", "<li>Kjøpere av varer og tjenester</li>")
                .doesNotContain("<li>Deltakere i tiltak</li>", "<li>Pårørende</li>", "klager du til NAV");
    }

    @Test
    void turning_whistleblowing_off_removes_its_routine_and_turning_it_on_adds_it() throws Exception {
        Routine both = routine(Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
        Routine off = both.withCategories(both.categories().stream()
                .map(c -> c.track() == Routine.Track.WHISTLEBLOWING
                        ? new Category(c.code(), c.names(), c.track(), true)
                        : c)
                .toList());
        Routine complaintsOnly = routine(Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS);
        var categories = new ArrayList<>(complaintsOnly.categories());
        categories.add(new Category(
                "HARASSMENT",
                new Names("Trakassering og mobbing", "Trakassering og mobbing", "Harassment and bullying"),
                Routine.Track.WHISTLEBLOWING,
                false));
        Routine on = complaintsOnly.withCategories(categories);

        var withoutReports = renderedFollowing(off, AGREED, ALTERNATIVE);
        assertThat(withoutReports.section("whistleblowing")).isEmpty();
        assertThat(withoutReports.section("reporting"))
                .as("the agreement is stated even without the whistleblowing routine")
                .contains("Rutinen er utarbeidet i samarbeid med verneombud Vera, tillitsvalgt Tor");
        assertThat(renderedFollowing(off, List.of(), ALTERNATIVE).page())
                .doesNotContain("Det er ikke registrert at rutinen er utarbeidet");

        var withReports = renderedFollowing(on, List.of(), ALTERNATIVE);
        assertThat(withReports.section("whistleblowing"))
                .contains("<li>Trakassering og mobbing</li>")
                .contains("Du kan varsle anonymt.")
                .contains("Det er ikke registrert at rutinen er utarbeidet i samarbeid med tillitsvalgte");
    }

    /** Every {@code routine.*} text the document uses, and each value of a key it builds, in all three languages. */
    @Test
    void every_routine_message_key_the_document_uses_exists_in_bokmal_nynorsk_and_english() throws IOException {
        String template;
        try (var in = getClass().getResourceAsStream("/templates/routine/document.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var keys = new TreeSet<String>();
        var literal = Pattern.compile("#\\{(routine\\.[A-Za-z0-9.-]+)").matcher(template);
        while (literal.find()) keys.add(literal.group(1));
        Map<String, List<String>> built = Map.of(
                "routine.wb.identity.", names(ReporterIdentity.values()),
                "span.", names(Routine.SpanUnit.values()),
                "complainant.", names(ComplainantType.values()));
        var prefix = Pattern.compile("'([A-Za-z0-9.-]+\\.)'\\s*\\+").matcher(template);
        var prefixes = new TreeSet<String>();
        while (prefix.find()) prefixes.add(prefix.group(1));
        assertThat(built.keySet()).as("the keys the document builds").containsAll(prefixes);
        prefixes.forEach(p -> built.get(p).forEach(value -> keys.add(p + value)));

        assertThat(keys).hasSizeGreaterThan(50).contains("routine.wb.identity.NO_ONE", "routine.wb.deadlines.own");
        for (String bundle : List.of("messages.properties", "messages_nn.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = RoutineDocumentStatementsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
