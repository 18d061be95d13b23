package no.klagesak.web.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import no.klagesak.web.services.ReportingServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The platform operator compares the tenants, without their names; a tenant's own staff may not. */
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportingServiceClient reporting;

    @Test
    void the_operator_sees_the_tenants_numbered_not_named() throws Exception {
        given(reporting.comparison(anyInt()))
                .willReturn(List.of(new ReportingServiceClient.Compared("Virksomhet 1", 12, 8L, 80L, 5, 1)));
        String page = mvc.perform(get("/operator/sammenligning")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_platform-operator"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Virksomhet 1", "80 %", "færre enn fem klager");
        assertThat(mvc.perform(get("/operator/sammenligning")
                                .with(oidcLogin()
                                        .authorities(new SimpleGrantedAuthority("ROLE_tenant-admin"))
                                        .idToken(t -> t.claim("organization", List.of("fjordvekst")))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
