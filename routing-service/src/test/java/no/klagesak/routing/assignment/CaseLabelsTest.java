package no.klagesak.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import no.klagesak.contracts.CaseState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web app names every step and state of a case in Bokmål, Nynorsk and English, and confirms every step a person
 * takes on the case page: a page never fails for a label this workflow has and the web's texts lack. Read from the
 * web module's message files, which the case page uses.
 */
class CaseLabelsTest {

    private static Properties messages(String language) throws IOException {
        var file = Path.of("..", "web", "src", "main", "resources", "messages" + language + ".properties");
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nn", "_en"})
    void every_action_and_state_has_a_label_and_every_step_a_person_takes_a_confirmation(String language)
            throws IOException {
        var texts = messages(language);

        assertThat(Stream.of(CaseAction.values()).map(a -> "case.action." + a))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
        assertThat(Stream.of(CaseState.values()).map(s -> "case.state." + s))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
        assertThat(Stream.of(Outcome.values()).map(o -> "case.outcome." + o))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
        assertThat(Stream.of(CaseAction.values())
                        .filter(a -> !CaseWorkflow.FROM_OUTSIDE.containsKey(a))
                        .map(a -> "case.done." + a))
                .allSatisfy(key -> assertThat(texts).containsKey(key));
    }
}
