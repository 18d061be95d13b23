package no.klagesak.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void closing_a_child_stops_its_whole_process_tree() throws Exception {
        // Like kc.sh, the shell starts a grandchild that would outlive a naive kill.
        ChildProcess child =
                ChildProcess.start("tree", List.of("bash", "-c", "sleep 300 & sleep 300 & wait"), Map.of(), dir, dir);
        // The shell is this JVM's child; it forks its two sleeps when it gets to run, which a busy machine delays.
        ProcessHandle shell = null;
        List<ProcessHandle> tree = List.of();
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tree.size() != 2 && System.nanoTime() - giveUp < 0) {
            Thread.sleep(100);
            shell = ProcessHandle.current()
                    .children()
                    .filter(p -> p.info().commandLine().orElse("").contains("sleep 300 & sleep 300"))
                    .findFirst()
                    .orElse(null);
            tree = shell == null ? List.of() : shell.descendants().toList();
        }
        assertThat(shell).isNotNull();
        assertThat(tree).hasSize(2);

        child.close();

        assertThat(shell.isAlive()).isFalse();
        for (ProcessHandle grandchild : tree) {
            grandchild
                    .onExit()
                    .get(java.time.Duration.ofSeconds(10).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            assertThat(grandchild.isAlive()).isFalse();
        }
    }

    @Test
    void a_child_that_dies_while_starting_is_reported_with_its_log() throws Exception {
        try (ChildProcess child =
                ChildProcess.start("broken", List.of("bash", "-c", "echo boom; exit 3"), Map.of(), dir, dir)) {
            assertThatThrownBy(() -> child.awaitPort(1, Duration.ofSeconds(10)))
                    .hasMessageContaining("broken exited with code 3")
                    .hasMessageContaining("broken.log");
        }
    }
}
