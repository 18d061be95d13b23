package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the documentation points at exists: every relative link, every path of the repository and every class name it
 * writes. A newcomer follows the README and the docs before reading code; a renamed class or a moved file must not
 * leave them at a name that leads nowhere. The README stands alone: nothing links out of the repository. A name in
 * backticks is one to look up; a record of the past ("an earlier client, since replaced") writes the old name plain.
 */
class DocsResolveTest {

    private static final Path ROOT = LocalStack.findRoot();

    /** Names in the docs that are not ours: libraries' classes, Kubernetes kinds, alerts, errors a log shows. */
    private static final Set<String> NOT_OURS = Set.of(
            "AesGcmJce",
            "ClassNotFoundException",
            "ConcurrentModificationException",
            "CreateContainerConfigError",
            "HttpSessionOAuth2AuthorizedClientRepository",
            "InMemoryOidcSessionRegistry",
            "JarLauncher",
            "KafkaNodePool",
            "KafkaTopic",
            "KeyValue",
            "KeycloakRealmImport",
            "MessageDeliveryHandler",
            "MongoDBCommunity",
            "OutOfMemoryError",
            "SecureRandom",
            "SessionFixationProtectionEvent",
            "TinkProtoKeysetFormat");

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final Pattern CODE_PATH = Pattern.compile(
            "`((?:\\.\\./|[\\w.-]+/)[\\w./-]*\\.(?:md|ya?ml|java|sh|xml|json|properties|html|css|js|txt))`");
    private static final Pattern PLAIN_DOC_PATH =
            Pattern.compile("\\b((?:docs|deploy|k8s)/[\\w./-]+\\.(?:md|ya?ml|sh))");
    private static final Pattern CLASS_NAME =
            Pattern.compile("`([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)(?:[.#]\\w+(?:\\(\\))?)?`");
    private static final Pattern ALERT = Pattern.compile("- alert: ([A-Z]\\w+)");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z]\\w+)");

    @Test
    void every_relative_link_in_the_docs_leads_to_a_file_of_the_repository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : markdown()) {
            Matcher link = LINK.matcher(Files.readString(doc));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) continue; // https:, mailto:
                if (!inRepository(doc.getParent().resolve(target))) broken.add(name(doc) + " → " + target);
            }
        }
        assertThat(broken).as("links to nowhere, or out of the repository").isEmpty();
    }

    @Test
    void every_path_the_docs_and_the_deployment_comments_name_exists() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> files = new ArrayList<>(markdown());
        files.add(ROOT.resolve("docker-compose.yml"));
        files.add(ROOT.resolve("Dockerfile"));
        for (Path file : files) {
            String text = Files.readString(file);
            for (Pattern pattern : List.of(CODE_PATH, PLAIN_DOC_PATH)) {
                Matcher path = pattern.matcher(text);
                while (path.find()) {
                    String named = path.group(1);
                    // Made by a build or a run, or elided with "…": not a file of the repository.
                    if (named.contains("target/") || named.contains("...") || named.startsWith(".local-data")) continue;
                    if (!inRepository(file.getParent().resolve(named)) && !inRepository(ROOT.resolve(named))) {
                        broken.add(name(file) + " → " + named);
                    }
                }
            }
        }
        assertThat(broken).as("paths that do not exist").isEmpty();
    }

    @Test
    void every_class_the_docs_name_is_declared_in_the_code() throws IOException {
        Set<String> declared = declaredTypes();
        List<String> unknown = new ArrayList<>();
        for (Path doc : markdown()) {
            Matcher name = CLASS_NAME.matcher(Files.readString(doc));
            while (name.find()) {
                String type = name.group(1);
                if (!declared.contains(type) && !NOT_OURS.contains(type)) unknown.add(name(doc) + " → " + type);
            }
        }
        assertThat(unknown)
                .as("class names that no longer exist (a library's name belongs in NOT_OURS)")
                .isEmpty();
    }

    @Test
    void the_list_of_names_that_are_not_ours_holds_none_of_ours() throws IOException {
        assertThat(NOT_OURS).doesNotContainAnyElementsOf(declaredTypes());
    }

    private static boolean inRepository(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(ROOT) && Files.exists(normal);
    }

    private static List<Path> markdown() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(DocsResolveTest::ours)
                    .sorted()
                    .toList();
        }
    }

    /** The types of our Java code, and the alerts of our Prometheus rules (named like classes). */
    private static Set<String> declaredTypes() throws IOException {
        Set<String> types = new HashSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path source : files.filter(DocsResolveTest::ours).toList()) {
                String name = source.toString();
                Pattern declaring = name.endsWith(".java")
                        ? DECLARED
                        : name.endsWith(".yaml") || name.endsWith(".yml") ? ALERT : null;
                if (declaring == null) continue;
                Matcher declared = declaring.matcher(Files.readString(source));
                while (declared.find()) types.add(declared.group(1));
            }
        }
        return types;
    }

    private static boolean ours(Path path) {
        String relative = ROOT.relativize(path).toString();
        return !relative.contains("/target/")
                && !relative.contains("node_modules")
                && !relative.startsWith(".")
                && !relative.contains("/.");
    }

    private static String name(Path file) {
        return ROOT.relativize(file).toString();
    }
}
