package no.klagesak.web.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** LIX computed from the rendered Bokmål pages: 40 or below for the form, 30 or below for easy-read. */
@SpringBootTest
@AutoConfigureMockMvc
class FormReadabilityTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    @BeforeEach
    void tenants() {
        tenant("fjordvekst", Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS);
        tenant("lysheim", Template.COMPLAINT_AND_WHISTLEBLOWING_NO_ANONYMOUS);
    }

    private void tenant(String id, Template template) {
        var routine = template.routine("AS " + id, "p-1");
        given(tenants.published(id))
                .willReturn(Optional.of(new TenantServiceClient.PublishedTenant(
                        id, "AS " + id, 1, List.of(new RoutineVersion(1, Instant.EPOCH, "", List.of(), routine)))));
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        routine.categories().forEach(c -> categories.put(c.code(), c.track().name()));
        given(intake.rules(id))
                .willReturn(Optional.of(new IntakeClient.FormRules(
                        1,
                        true,
                        false,
                        false,
                        false,
                        false,
                        Set.of("PARTICIPANT", "EMPLOYEE"),
                        categories,
                        Map.of("u-1", "Verkstedet"),
                        Map.of())));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Template.class)
    void every_page_of_the_easy_read_form_of_every_template_scores_30_or_below_with_its_category_names(
            Template template) throws Exception {
        tenant("t", template);
        StringBuilder all = new StringBuilder();
        for (String step : List.of("WHO", "WHAT", "HAPPENED", "CHANGE", "YOU", "CHECK")) {
            String page = mvc.perform(post("/t/t/klage/lettlest?lang=nb")
                            .param("step", "WHO")
                            .param("action", "goto-" + step)
                            .param("complainantRole", "PARTICIPANT")
                            .param(
                                    "category",
                                    template.routine("AS t", "p-1")
                                            .categories()
                                            .getFirst()
                                            .code())
                            .param("description", "Jeg får ikke hjelp.")
                            .param("name", "Kari"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            double lix = Lix.ofWholePage(page);
            System.out.printf(
                    "LIX of easy-read step %s of %s (nb): %.1f; of the category names on it: %.1f%n",
                    step, template, lix, Lix.ofTenantText(page));
            assertThat(lix).as(template + ", " + step).isLessThanOrEqualTo(30);
            all.append(org.jsoup.Jsoup.parse(page).selectFirst("main").outerHtml());
        }
        double lix = Lix.ofWholePage("<main>" + all + "</main>");
        System.out.printf("LIX of the easy-read form of %s, all pages (nb): %.1f%n", template, lix);
        assertThat(lix).isLessThanOrEqualTo(30);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fjordvekst", "lysheim"})
    void the_complaint_form_in_bokmal_scores_40_or_below_with_the_tenants_names_counted(String tenant)
            throws Exception {
        double lix = Lix.ofPage(page("/t/" + tenant + "/klage?lang=nb"));
        System.out.printf("LIX of the complaint form of %s (nb): %.1f%n", tenant, lix);
        assertThat(lix).isLessThanOrEqualTo(40);
    }
}
