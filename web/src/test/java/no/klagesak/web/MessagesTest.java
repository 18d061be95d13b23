package no.klagesak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Bokmål, Nynorsk and English: no key is missing in any language. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nn", "en"})
    void every_key_is_in_every_language(String language) throws IOException {
        Properties bokmaal = load("messages.properties");
        Properties other = load("messages_" + language + ".properties");

        assertThat(other.stringPropertyNames())
                .as("keys in " + language)
                .containsExactlyInAnyOrderElementsOf(bokmaal.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
