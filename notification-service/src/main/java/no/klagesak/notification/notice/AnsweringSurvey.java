package no.klagesak.notification.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.IntegrationEvent;
import no.klagesak.contracts.LeavingSurveyAnswered;
import no.klagesak.contracts.SatisfactionAnswered;
import org.jspecify.annotations.Nullable;

/**
 * The anonymous surveys of routine 004: the one after a closed case, and the one a participant may answer when they
 * leave the programme ({@value #LEAVING}), behind a link a staff member hands them. One answer per invitation,
 * published without anything that leads back to the case or the person. The token in the link is random; only its hash
 * is kept.
 */
public class AnsweringSurvey {

    /** The invitation's track for the survey offered when a participant leaves the programme. */
    public static final String LEAVING = "LEAVING";

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

    /** How long a link handed out for the survey when leaving opens it. */
    public static final Duration LINK_VALID = Duration.ofDays(60);

    /** The most links one staff member makes in a day: enough for a busy day, too few to answer them all oneself. */
    public static final int LINKS_PER_DAY = 30;

    /** The open invitation behind a link, or empty when there is none, it was answered or it has expired. */
    public Optional<Surveys.Invitation> open(String token) {
        return surveys.find(hash(token)).filter(i -> i.openAt(clock.instant()));
    }

    /**
     * Records the answers. {@code again} is whether they would complain again (after a case) or would recommend the
     * programme to others (when leaving).
     */
    public Outcome answer(String token, @Nullable Integer satisfied, @Nullable Integer heard, @Nullable Boolean again) {
        if (!inRange(satisfied) || !inRange(heard) || again == null) return Outcome.INVALID;
        var invitation = surveys.find(hash(token));
        if (invitation.isEmpty()) return Outcome.UNKNOWN;
        if (invitation.get().answered()) return Outcome.ALREADY_ANSWERED;
        if (!invitation.get().openAt(clock.instant())) return Outcome.UNKNOWN;
        String track = invitation.get().track();
        IntegrationEvent answers = LEAVING.equals(track)
                ? new LeavingSurveyAnswered(month(), satisfied, heard, again)
                : new SatisfactionAnswered(month(), track, satisfied, heard, again);
        var event = EventEnvelope.ofTenant(invitation.get().tenantId(), clock.instant(), answers);
        return surveys.answer(hash(token), event) ? Outcome.RECORDED : Outcome.ALREADY_ANSWERED;
    }

    /**
     * A new link to the survey offered when a participant leaves (routine 004), for a staff member to hand out: its
     * token, of which only the hash is kept, with the tenant, the month and when it expires ({@link #LINK_VALID}).
     * Nothing records who asked for which link or for whom; a day's count per staff member holds them to
     * {@value #LINKS_PER_DAY}, and past that the answer is empty.
     */
    public Optional<String> handOut(String tenantId, String by) {
        String day = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo"))).toString();
        if (!surveys.countHandOut(tenantId, hash(tenantId + "/" + by), day, LINKS_PER_DAY)) return Optional.empty();
        String token = newToken();
        surveys.invite(hash(token), tenantId, LEAVING, month(), clock.instant().plus(LINK_VALID));
        return Optional.of(token);
    }

    private String month() {
        return YearMonth.now(clock.withZone(ZoneId.of("Europe/Oslo"))).toString();
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
