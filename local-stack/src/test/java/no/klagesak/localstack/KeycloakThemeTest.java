package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak theme {@code klagesak}: Keycloak's login pages and e-mails in Bokmål, Nynorsk and English, chosen by the
 * realm, and complainants from ID-porten let through without a profile form.
 */
class KeycloakThemeTest {

    private static final Path THEME =
            LocalStack.findRoot().resolve("local-stack/src/main/resources/keycloak/themes/klagesak");
    private static final List<String> LOCALES = List.of("nb", "nn", "en");
    /** Keys of our own: the language menu's names and label, and "and" between the actions in the invitation. */
    private static final Set<String> OWN_KEYS =
            Set.of("locale_nb", "locale_nn", "locale_en", "languages", "requiredActionsAnd");

    @Test
    void every_language_has_the_same_keys_and_every_key_is_one_keycloak_has() throws IOException {
        for (String type : List.of("login", "email")) {
            Set<String> english = read(THEME.resolve(type + "/messages/messages_en.properties"))
                    .stringPropertyNames();
            for (String locale : LOCALES) {
                assertThat(read(THEME.resolve(type + "/messages/messages_" + locale + ".properties"))
                                .stringPropertyNames())
                        .as(type + " " + locale)
                        .isEqualTo(english);
            }
            Set<String> keycloaks = keycloakMessages(type);
            if (keycloaks != null) {
                assertThat(english.stream().filter(key -> !OWN_KEYS.contains(key)))
                        .as("keys Keycloak 26 does not know")
                        .allMatch(keycloaks::contains);
            }
            assertThat(Files.readString(THEME.resolve(type + "/theme.properties")))
                    .contains("locales=nb,nn,en");
        }
    }

    @Test
    void the_language_menu_names_the_languages_in_themselves_and_the_invitation_keeps_its_link_text()
            throws IOException {
        for (String locale : LOCALES) {
            Properties login = read(THEME.resolve("login/messages/messages_" + locale + ".properties"));
            assertThat(login.getProperty("locale_nb")).isEqualTo("Norsk bokmål");
            assertThat(login.getProperty("locale_nn")).isEqualTo("Norsk nynorsk");
            assertThat(login.getProperty("locale_en")).isEqualTo("English");
            // The e2e tests follow "»" from the page that lists the actions asked of an invited user.
            assertThat(login.getProperty("proceedWithAction")).startsWith("&raquo;");
            assertThat(read(THEME.resolve("email/messages/messages_" + locale + ".properties"))
                            .getProperty("executeActionsBodyHtml"))
                    .contains("<a href=\"{0}\">");
        }
        assertThat(read(THEME.resolve("login/messages/messages_nb.properties")).getProperty("doLogIn"))
                .isEqualTo("Logg inn");
    }

    @Test
    void the_realm_uses_the_theme_in_norwegian_and_asks_nothing_of_complainants_from_id_porten() throws IOException {
        JsonNode realm;
        try (InputStream in = KeycloakThemeTest.class.getResourceAsStream("/keycloak/klagesak-realm.json")) {
            realm = JsonMapper.builder().build().readTree(in);
        }
        assertThat(realm.get("loginTheme").asString()).isEqualTo("klagesak");
        assertThat(realm.get("emailTheme").asString()).isEqualTo("klagesak");
        assertThat(realm.get("defaultLocale").asString()).isEqualTo("nb");
        assertThat(realm.get("supportedLocales").toString()).isEqualTo("[\"nb\",\"nn\",\"en\"]");

        String flow = realm.get("identityProviders")
                .get(0)
                .get("firstBrokerLoginFlowAlias")
                .asString();
        JsonNode firstLogin = realm.get("authenticationFlows")
                .valueStream()
                .filter(f -> f.get("alias").asString().equals(flow))
                .findFirst()
                .orElseThrow();
        String reviewConfig = firstLogin
                .get("authenticationExecutions")
                .valueStream()
                .filter(e -> e.path("authenticator").asString("").equals("idp-review-profile"))
                .findFirst()
                .orElseThrow()
                .get("authenticatorConfig")
                .asString();
        assertThat(realm.get("authenticatorConfig")
                        .valueStream()
                        .filter(c -> c.get("alias").asString().equals(reviewConfig))
                        .findFirst()
                        .orElseThrow()
                        .get("config")
                        .get("update.profile.on.first.login")
                        .asString())
                .isEqualTo("off");

        // ID-porten gives neither name nor e-mail: the user profile requires none, or Keycloak would ask for them.
        JsonNode profile = JsonMapper.builder()
                .build()
                .readTree(realm.get("components")
                        .get("org.keycloak.userprofile.UserProfileProvider")
                        .get(0)
                        .get("config")
                        .get("kc.user.profile.config")
                        .get(0)
                        .asString());
        assertThat(profile.get("attributes").valueStream().filter(a -> a.has("required")))
                .isEmpty();
    }

    @Test
    void the_local_stack_copies_the_theme_into_keycloak_and_leaves_nothing_of_an_earlier_copy(@TempDir Path home)
            throws IOException {
        Path old = home.resolve("themes/klagesak/login/old.ftl");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "left from an earlier run");

        KeycloakServer.copyTheme(home);

        assertThat(old).doesNotExist();
        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(home.resolve("themes/klagesak"))) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> copied.add(
                            home.resolve("themes/klagesak").relativize(f).toString()));
        }
        assertThat(copied)
                .contains(
                        "login/theme.properties",
                        "login/template.ftl",
                        "login/messages/messages_nn.properties",
                        "login/resources/css/klagesak.css",
                        "email/theme.properties",
                        "email/messages/messages_nb.properties");
    }

    private static Properties read(Path file) throws IOException {
        // As Keycloak reads them (PropertyResourceBundle: UTF-8).
        try (InputStream in = Files.newInputStream(file)) {
            PropertyResourceBundle bundle = new PropertyResourceBundle(in);
            Properties properties = new Properties();
            bundle.keySet().forEach(key -> properties.setProperty(key, bundle.getString(key)));
            return properties;
        }
    }

    /** Keycloak's own English keys, from the themes jar of the Keycloak the build unpacked; null before it is. */
    private static Set<String> keycloakMessages(String type) throws IOException {
        Path unpacked = LocalStack.findRoot().resolve("local-stack/target/keycloak");
        if (!Files.isDirectory(unpacked)) return null;
        try (Stream<Path> jars = Files.walk(unpacked)) {
            Path jar = jars.filter(
                            p -> p.getFileName().toString().matches("org\\.keycloak\\.keycloak-themes-[0-9.]+\\.jar"))
                    .findFirst()
                    .orElse(null);
            if (jar == null) return null;
            try (ZipFile zip = new ZipFile(jar.toFile());
                    InputStream in = zip.getInputStream(
                            zip.getEntry("theme/base/" + type + "/messages/messages_en.properties"))) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.stringPropertyNames();
            }
        }
    }
}
