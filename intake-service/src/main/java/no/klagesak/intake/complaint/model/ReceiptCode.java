package no.klagesak.intake.complaint.model;

import java.security.SecureRandom;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code a complainant gets when the complaint is received, to follow it up without saying who they are: {@value
 * #LENGTH} random digits, shown once and stored only as a slow hash (see the port ReceiptCodeHashes). Digits are easy to
 * write down, read aloud and type on a phone; {@value #LENGTH} of them are about 66 bits.
 */
public record ReceiptCode(String digits) {

    public static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ReceiptCode {
        if (digits.length() != LENGTH || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A receipt code is " + LENGTH + " digits");
        }
    }

    public static ReceiptCode generate() {
        StringBuilder digits = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return new ReceiptCode(digits.toString());
    }

    /** The code as typed: spaces and dashes between groups are fine; anything else is not a code. */
    public static Optional<ReceiptCode> parse(@Nullable String typed) {
        if (typed == null) return Optional.empty();
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.length() == LENGTH && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(new ReceiptCode(digits))
                : Optional.empty();
    }

    /** In groups of four, as shown to the complainant: {@code 1234 5678 9012 3456 7890}. */
    public String grouped() {
        return digits.replaceAll("(\\d{4})(?!$)", "$1 ");
    }

    /** Never the digits: a code that reaches a log by mistake must not open the case. */
    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }
}
