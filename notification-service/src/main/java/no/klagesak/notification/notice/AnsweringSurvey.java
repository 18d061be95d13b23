package no.klagesak.notification.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.SatisfactionAnswered;
import org.jspecify.annotations.Nullable;

/**
 * The anonymous satisfaction survey (routine 004): one answer per invitation, published without anything that leads
 * back to the case. The token in the link is random; only its hash is kept.
 */
public class AnsweringSurvey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Surveys surveys;
    private final Clock clock;

    public AnsweringSurvey(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    public enum Outcome {
        RECORDED,
        INVALID,
        UNKNOWN,
        ALREADY_ANSWERED
    }

    /** The open invitation behind a link, or empty when there is none or it was answered. */
    public Optional<Surveys.Invitation> open(String token) {
        return surveys.find(hash(token)).filter(i -> !i.answered());
    }

    public Outcome answer(String token, @Nullable Integer satisfied, @Nullable Integer heard, @Nullable Boolean again) {
        if (!inRange(satisfied) || !inRange(heard) || again == null) return Outcome.INVALID;
        var invitation = surveys.find(hash(token));
        if (invitation.isEmpty()) return Outcome.UNKNOWN;
        if (invitation.get().answered()) return Outcome.ALREADY_ANSWERED;
        String month = YearMonth.now(clock.withZone(ZoneId.of("Europe/Oslo"))).toString();
        var event = EventEnvelope.ofTenant(
                invitation.get().tenantId(),
                clock.instant(),
                new SatisfactionAnswered(month, invitation.get().track(), satisfied, heard, again));
        return surveys.answer(hash(token), event) ? Outcome.RECORDED : Outcome.ALREADY_ANSWERED;
    }

    /** A new random token for a link: 24 bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inRange(@Nullable Integer score) {
        return score != null && score >= 1 && score <= 5;
    }
}
