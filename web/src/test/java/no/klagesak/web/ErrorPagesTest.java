package no.klagesak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.klagesak.contracts.tenant.Template;
import no.klagesak.web.services.IntakeClient;
import no.klagesak.web.services.TenantServiceClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every error the web answers is the product's own page, through the real server's error handling (not MockMvc, which
 * has none): in the reader's language, with a title, the language on the page, and a way back to the front page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @MockitoBean
    IntakeClient intake;

    @MockitoBean
    TenantServiceClient tenants;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void tenants() {
        given(tenants.published("open"))
                .willReturn(
                        java.util.Optional.of(PublishedTenants.of("open", Template.ORAL_OR_WRITTEN_ANONYMOUS_2_WEEKS)));
        given(intake.rules("broken")).willThrow(new IllegalStateException("the intake service fell over"));
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @CsvSource({
        "404, /t/open/finnes-ikke, nb, Fant ikke siden",
        "404, /t/open/finnes-ikke, nn, Fann ikkje sida",
        "404, /t/open/finnes-ikke, en, Page not found",
        "404, /t/open/finnes-ikke, ar, لم نجد الصفحة",
        "400, /t/open/statistikk?ar=ikke-et-tall, nb, 'Det som ble sendt, kunne ikke leses'",
        "400, /t/open/statistikk?ar=ikke-et-tall, nn, 'Det som vart sendt, kunne ikkje lesast'",
        "400, /t/open/statistikk?ar=ikke-et-tall, en, What was sent could not be read",
        "500, /t/broken/klage, nb, Noe gikk galt",
        "500, /t/broken/klage, en, Something went wrong",
    })
    void an_error_is_the_products_own_page_in_the_readers_language(
            int status, String path, String language, String title) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + separator + "lang=" + language))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("[data-testid=error-title]").text()).isEqualTo(title);
        assertThat(page.title()).startsWith(title);
        assertThat(page.select("main a[href=/]")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Whitelabel", "fell over", "Exception");
    }
}
