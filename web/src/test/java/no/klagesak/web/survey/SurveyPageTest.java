package no.klagesak.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import no.klagesak.web.services.NotificationServiceClient;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The anonymous survey behind the e-mail's link: no login, no cookie, one answer. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationServiceClient notifications;

    @MockitoBean
    TenantServiceClient tenants;

    @Test
    void the_questions_are_asked_without_a_login_and_the_answer_is_sent_once() throws Exception {
        given(notifications.survey("abc"))
                .willReturn(Optional.of(new NotificationServiceClient.OpenSurvey("Lysheim", "COMPLAINT")));
        var page = mvc.perform(get("/t/lysheim/undersokelse/abc")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Hva syntes du om behandlingen?", "Lysheim kan ikke se hvem som svarte")
                .contains("name=\"satisfied\"", "name=\"heard\"", "name=\"again\"");
        assertThat(page.getCookies()).isEmpty();

        given(notifications.answerSurvey("abc", 4, 5, true)).willReturn(NotificationServiceClient.Answered.RECORDED);
        var thanks = mvc.perform(post("/t/lysheim/undersokelse/abc")
                        .param("satisfied", "4")
                        .param("heard", "5")
                        .param("again", "true"))
                .andReturn()
                .getResponse();
        assertThat(thanks.getContentAsString()).contains("Takk for svaret ditt!");
        then(notifications).should().answerSurvey("abc", 4, 5, true);
    }

    @Test
    void a_missing_answer_is_asked_for_again_and_a_used_link_says_so() throws Exception {
        given(notifications.survey("abc"))
                .willReturn(Optional.of(new NotificationServiceClient.OpenSurvey("Lysheim", "COMPLAINT")));
        given(notifications.answerSurvey("abc", 4, null, null))
                .willReturn(NotificationServiceClient.Answered.INCOMPLETE);
        var missing = mvc.perform(post("/t/lysheim/undersokelse/abc").param("satisfied", "4"))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString())
                .contains("Svar på alle spørsmålene før du sender.")
                .contains("id=\"satisfied-4\" value=\"4\" checked");

        given(notifications.survey("used")).willReturn(Optional.empty());
        assertThat(mvc.perform(get("/t/lysheim/undersokelse/used"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Denne lenken kan ikke brukes");
    }
}
