package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.Yaml;

/** The objects a kustomization renders to, as {@code kubectl kustomize} gives them (the test is skipped without it). */
final class Kustomize {

    private Kustomize() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(String dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "kubectl is not installed");
        Process render = new ProcessBuilder(
                        "kubectl",
                        "kustomize",
                        LocalStack.findRoot().resolve(dir).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(render.getInputStream().readAllBytes());
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(output).isZero();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(output)) {
            if (document != null) objects.add((Map<String, Object>) document);
        }
        return objects;
    }
}
