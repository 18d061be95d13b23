package no.klagesak.web.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The operator sees whether each company's first admin has set a password, and sends the invitation again. */
@SpringBootTest
@AutoConfigureMockMvc
class OperatorPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TenantServiceClient tenants;

    private static OidcLoginRequestPostProcessor operator() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_platform-operator"))
                .idToken(token -> token.claim("preferred_username", "operator"));
    }

    @Test
    void each_first_admin_shows_whether_they_set_a_password_and_one_who_did_not_can_be_invited_again()
            throws Exception {
        given(tenants.tenants())
                .willReturn(List.of(
                        new TenantServiceClient.TenantSummary("nordlys", "Nordlys AS", true, 1, "X", 1),
                        new TenantServiceClient.TenantSummary("sorvik", "Sørvik AS", true, 1, "X", 1),
                        new TenantServiceClient.TenantSummary("vest", "Vest AS", true, 1, "X", 1)));
        given(tenants.templates()).willReturn(List.of());
        given(tenants.invitations())
                .willReturn(List.of(
                        new TenantServiceClient.Invitation("nordlys", "admin@nordlys.example", true, List.of()),
                        new TenantServiceClient.Invitation(
                                "sorvik",
                                "admin@sorvik.example",
                                false,
                                List.of(
                                        no.klagesak.contracts.tenant.SetUp.Step.HANDLERS,
                                        no.klagesak.contracts.tenant.SetUp.Step.BOARD_CONTACT)),
                        new TenantServiceClient.Invitation("vest", "admin@vest.example", null, null)));

        String page = mvc.perform(get("/operator/virksomheter").with(operator()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("admin@nordlys.example", "har tatt imot invitasjonen og kan logge inn")
                .contains(
                        "admin@sorvik.example",
                        "har ikke tatt imot invitasjonen ennå",
                        "/operator/virksomheter/sorvik/invitasjon")
                .contains("ukjent (innloggingstjenesten svarte ikke)")
                .contains("Klar", "Mangler:", "noen som behandler saker", "styrets kontaktperson")
                .doesNotContain("/operator/virksomheter/nordlys/invitasjon");

        given(tenants.resendInvitation("sorvik")).willReturn(true);
        var sent = mvc.perform(post("/operator/virksomheter/sorvik/invitasjon")
                        .with(operator())
                        .with(csrf()))
                .andReturn();
        assertThat(sent.getFlashMap().get("notice")).isEqualTo("Invitasjonen er sendt på nytt.");
        then(tenants).should().resendInvitation("sorvik");
    }
}
