package no.klagesak.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.RoutingServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;

/**
 * The case page asks its three services at once, one call each (issue 27), and a service that is away leaves its part
 * out with a notice instead of failing the page; after repeated failures its circuit breaker stops asking it for a
 * while.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CasePageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoutingServiceClient routing;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    NotificationServiceClient notifications;

    @MockitoBean
    TenantServiceClient tenants;

    private final SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor handler = oidcLogin()
            .authorities(new SimpleGrantedAuthority("ROLE_handler"))
            .idToken(token -> token.claim("organization", List.of("fjordvekst")).claim("preferred_username", "per"));

    @Test
    void the_three_services_are_asked_at_once_one_call_each() throws Exception {
        // Each answer waits until all three were asked: asked one after another, the first would give up.
        var allAsked = new CountDownLatch(3);
        given(routing.workflow("c-1")).willAnswer(call -> together(allAsked, Optional.of(workflow())));
        given(intake.withConversation("c-1")).willAnswer(call -> together(allAsked, Optional.of(text())));
        given(notifications.ofCase("c-1")).willAnswer(call -> together(allAsked, List.of()));

        Document page = page("c-1");

        assertThat(page.select("[data-testid=description]").text()).isEqualTo("Jeg har ikke hatt møte på seks uker.");
        assertThat(page.select("[data-testid=explanation]").text()).isEqualTo("Sendt til den som tar imot klager.");
        assertThat(page.select("[data-testid=text-missing], [data-testid=log-missing]"))
                .isEmpty();
        then(routing).should(times(1)).workflow("c-1");
        then(routing).shouldHaveNoMoreInteractions();
        then(intake).should(times(1)).withConversation("c-1");
        then(intake).shouldHaveNoMoreInteractions();
    }

    @Test
    void a_service_that_is_away_leaves_its_part_out_and_the_page_says_so() throws Exception {
        given(routing.workflow("c-1")).willReturn(Optional.of(workflow()));
        given(intake.withConversation("c-1")).willThrow(new ResourceAccessException("Read timed out"));
        given(notifications.ofCase("c-1")).willThrow(new ResourceAccessException("Connection refused"));

        Document page = page("c-1");

        assertThat(page.select("[data-testid=explanation]").text()).isEqualTo("Sendt til den som tar imot klager.");
        assertThat(page.select("[data-testid=text-missing]").text())
                .startsWith("Klagen og samtalen med klageren kan ikke vises akkurat nå.");
        assertThat(page.select("[data-testid=log-missing]").text())
                .startsWith("Varslene og e-postene i saken kan ikke vises akkurat nå.");
        assertThat(page.select("[data-testid=description]")).isEmpty();
    }

    @Test
    void without_routing_there_is_no_case_to_show_and_a_case_the_caller_may_not_see_is_not_found() throws Exception {
        given(routing.workflow("c-1")).willThrow(new ResourceAccessException("Connection refused"));
        given(routing.workflow("c-2")).willReturn(Optional.empty());

        assertThat(mvc.perform(get("/saker/c-1").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(503);
        assertThat(mvc.perform(get("/saker/c-2").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void after_five_failures_in_a_row_the_service_is_left_alone_for_a_while() throws Exception {
        given(routing.workflow("c-1")).willReturn(Optional.of(workflow()));
        given(intake.withConversation("c-1")).willThrow(new ResourceAccessException("Read timed out"));
        given(notifications.ofCase("c-1")).willReturn(List.of());

        for (int i = 0; i < 5; i++) {
            assertThat(page("c-1").select("[data-testid=text-missing]")).isNotEmpty();
        }
        int asked = Mockito.mockingDetails(intake).getInvocations().size();
        assertThat(asked).as("at most five failures before the breaker opens").isBetween(1, 5);

        // Open: the next pages say the part is missing at once, without asking intake.
        for (int i = 0; i < 3; i++) {
            assertThat(page("c-1").select("[data-testid=text-missing]")).isNotEmpty();
        }
        then(intake).should(times(asked)).withConversation("c-1");
    }

    @Test
    void the_page_names_who_acted_dates_each_message_and_warns_before_answering_without_the_discussion()
            throws Exception {
        Instant asked = Instant.parse("2026-12-07T09:15:00Z");
        Instant answered = asked.plusSeconds(3600);
        var timeline = List.of(
                new RoutingServiceClient.Step(
                        asked,
                        "per",
                        "QUESTION_ASKED",
                        "IN_PROGRESS",
                        "WAITING_FOR_COMPLAINANT",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new RoutingServiceClient.Step(
                        answered,
                        "complainant",
                        "COMPLAINANT_ANSWERED",
                        "WAITING_FOR_COMPLAINANT",
                        "IN_PROGRESS",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        given(routing.workflow("c-1"))
                .willReturn(Optional.of(workflow(timeline, Map.of("per", "Per Hansen"), "Dagny Daglig")));
        given(intake.withConversation("c-1"))
                .willReturn(Optional.of(new IntakeClient.WithConversation(
                        text().complaint(),
                        new IntakeClient.Conversation(
                                "FJV-2026-0001",
                                "OPEN",
                                List.of(Map.of("kind", "QUESTION", "text", "Når var møtet?", "at", asked.toString()))),
                        List.of(
                                new IntakeClient.JournalEntry(
                                        1, "INCOMING", asked.minusSeconds(3600), "Klage mottatt", "Kari Nordmann"),
                                new IntakeClient.JournalEntry(
                                        2, "OUTGOING", asked, "Spørsmål til klageren", "Kari Nordmann")))));
        given(notifications.ofCase("c-1"))
                .willReturn(List.of(new NotificationServiceClient.Delivery(
                        "n-1",
                        "c-1",
                        "FJV-2026-0001",
                        "QUESTION",
                        "complainant",
                        "SENT",
                        1,
                        asked,
                        asked,
                        null,
                        "EMAIL")));

        Document page = page("c-1");

        assertThat(page.select("[data-testid=timeline] .meta").eachText())
                .contains(
                        "Spurte klageren Per Hansen, 07.12.2026 10:15",
                        "Klageren har fått et spørsmål 07.12.2026 10:15",
                        "Klageren svarte 07.12.2026 11:15");
        assertThat(page.select(".conversation .meta").first().text()).isEqualTo("Vi spurte 07.12.2026 10:15");
        // The case's journal: what was received and sent, numbered and titled as the archive gets it.
        assertThat(page.select("[data-testid=journal] tbody tr").eachText())
                .containsExactly(
                        "1 07.12.2026 Inn Klage mottatt Kari Nordmann",
                        "2 07.12.2026 Ut Spørsmål til klageren Kari Nordmann");
        assertThat(page.select("[data-testid=case-file]").attr("href")).isEqualTo("/saker/c-1/saksmappe");
        assertThat(page.select("[data-testid=undiscussed]").text())
                .startsWith("Rutinen sier at klagen skal drøftes med Dagny Daglig før den besvares");
    }

    @Test
    void the_whole_case_file_downloads_as_pdf_and_a_case_the_reader_may_not_see_is_not_found() throws Exception {
        given(intake.caseFile("c-1")).willReturn(Optional.of(new byte[] {'%', 'P', 'D', 'F'}));
        given(intake.caseFile("c-2")).willReturn(Optional.empty());

        var file = mvc.perform(get("/saker/c-1/saksmappe").with(handler))
                .andReturn()
                .getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).contains("saksmappe-c-1.pdf");
        assertThat(mvc.perform(get("/saker/c-2/saksmappe").with(handler))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private Document page(String complaintId) throws Exception {
        var answer = mvc.perform(get("/saker/" + complaintId).with(handler))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        return Jsoup.parse(answer.getContentAsString());
    }

    private static <T> T together(CountDownLatch allAsked, T answer) throws InterruptedException {
        allAsked.countDown();
        if (!allAsked.await(5, TimeUnit.SECONDS)) throw new IllegalStateException("The services were asked one by one");
        return answer;
    }

    private static RoutingServiceClient.Workflow workflow() {
        return workflow(List.of(), null, null);
    }

    private static RoutingServiceClient.Workflow workflow(
            List<RoutingServiceClient.Step> timeline,
            @Nullable Map<String, String> names,
            @Nullable String discussWith) {
        var line = new RoutingServiceClient.CaseLine(
                "c-1",
                "FJV-2026-0001",
                "FOLLOW_UP",
                "per",
                LocalDate.now().plusDays(10),
                "COMPLAINT",
                "Sendt til den som tar imot klager.",
                null,
                "EMAIL",
                null);
        return new RoutingServiceClient.Workflow(
                "c-1",
                "IN_PROGRESS",
                1,
                "per",
                "Per Hansen",
                LocalDate.now().plusDays(10),
                null,
                timeline,
                discussWith,
                false,
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                false,
                null,
                List.of(),
                names,
                line);
    }

    private static IntakeClient.WithConversation text() {
        return new IntakeClient.WithConversation(
                new IntakeClient.ComplaintText(
                        "c-1",
                        "FJV-2026-0001",
                        "Oppfølging",
                        "Jeg har ikke hatt møte på seks uker.",
                        null,
                        Map.of("name", "Kari Nordmann"),
                        false,
                        "WEB_FORM",
                        Instant.now(),
                        List.of(),
                        false,
                        null,
                        null,
                        null),
                new IntakeClient.Conversation("FJV-2026-0001", "OPEN", List.of()),
                List.of());
    }
}
