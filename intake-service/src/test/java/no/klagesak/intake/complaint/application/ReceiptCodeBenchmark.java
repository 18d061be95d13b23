package no.klagesak.intake.complaint.application;

import no.klagesak.intake.complaint.model.ReceiptCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * What a receipt code costs at each bcrypt work factor: one hash per complaint sent from the form and one per
 * follow-up step. Skipped in the normal build; run with {@code ./mvnw -pl intake-service test
 * -Dklagesak.benchmark=true -Dtest=ReceiptCodeBenchmark}. Prints; asserts nothing about time (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
class ReceiptCodeBenchmark {

    @Test
    void hashing_a_receipt_code_at_cost_4_10_and_12() {
        double cost4 = perHash(4, 50);
        for (int cost : new int[] {4, 10, 12}) {
            double ms = perHash(cost, cost >= 12 ? 10 : 30);
            System.out.printf("bcrypt cost %2d: %7.1f ms per receipt code (%.0f x cost 4)%n", cost, ms, ms / cost4);
        }
    }

    private static double perHash(int cost, int times) {
        String salt = BCrypt.gensalt(cost);
        BCrypt.hashpw(ReceiptCode.generate().digits(), salt);
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            BCrypt.hashpw(ReceiptCode.generate().digits(), salt);
        }
        return (System.nanoTime() - start) / 1e6 / times;
    }
}
