package no.klagesak.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * An RFC 9457 problem written by a servlet filter, before Spring MVC (and its problem details) is reached. The title
 * and detail are the filter's own fixed words: nothing from the request goes into them.
 */
public final class FilterProblems {

    private FilterProblems() {}

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
