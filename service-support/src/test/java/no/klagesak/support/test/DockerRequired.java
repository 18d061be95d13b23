package no.klagesak.support.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a test class only where a Docker engine answers (CI with Docker, developer laptops). Elsewhere the class is
 * skipped, and the reason is printed so the skip is visible in the build output.
 */
public class DockerRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker is available");
        }
        String reason = "SKIPPED " + context.getDisplayName()
                + ": no Docker engine here, so the real MongoDB replica set and Kafka containers cannot start."
                + " These tests run where Docker exists; the same paths are covered here against embedded Kafka"
                + " and mongo-java-server.";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
