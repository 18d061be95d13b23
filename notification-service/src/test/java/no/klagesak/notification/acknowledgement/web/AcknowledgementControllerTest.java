package no.klagesak.notification.acknowledgement.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.klagesak.notification.acknowledgement.Acknowledgements;
import no.klagesak.support.security.ResourceServerConfiguration;
import no.klagesak.support.test.SliceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AcknowledgementController.class)
@ImportAutoConfiguration(ResourceServerConfiguration.class)
class AcknowledgementControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Acknowledgements acknowledgements;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void the_status_shows_state_and_dates_but_no_address() throws Exception {
        given(acknowledgements.status("fjordvekst", "c-1"))
                .willReturn(Optional.of(new Acknowledgements.AcknowledgementStatus(
                        "c-1",
                        "2026-00001",
                        "SENT",
                        LocalDate.of(2026, 12, 9),
                        Instant.parse("2026-11-25T09:00:02Z"))));

        mvc.perform(get("/api/acknowledgements/c-1")
                        .with(authentication(SliceTokens.user("fjordvekst", "h", "handler"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SENT"))
                .andExpect(jsonPath("$.due").value("2026-12-09"))
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void without_a_token_nothing_is_shown() throws Exception {
        mvc.perform(get("/api/acknowledgements/c-1")).andExpect(status().isUnauthorized());
    }
}
