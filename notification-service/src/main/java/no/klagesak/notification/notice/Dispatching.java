package no.klagesak.notification.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends what is owed, oldest first. A notice about work still to do is cancelled when its case is done by the time it
 * would go. When the mail server is down, the notice is tried again later with a growing pause (at most {@link
 * #MAX_PAUSE}) and the round stops, so a server that is down is not hammered; a refused address fails for good and
 * shows on the tenant admin's list. Two instances may run rounds at once: each notice is claimed by one.
 */
public class Dispatching {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(15);
    static final Duration MAX_PAUSE = Duration.ofMinutes(2);
    /** About a day of tries at two-minute pauses: past that, a notice is given up and shown as failed. */
    static final int MAX_ATTEMPTS = 700;

    private final Notices notices;
    private final CaseFactsStore facts;
    private final Templates templates;
    private final Mail mail;
    private final Sms sms;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Duration maxPause;

    /** What a complainant waited for their written acknowledgement, from receipt to the notice going out. */
    @FunctionalInterface
    public interface Acknowledged {
        void after(String tenantId, String track, Duration time);
    }

    private final Acknowledged acknowledged;

    /**
     * @param stuckAfter a claim older than this was left by a process that died, and the notice is owed again
     * @param maxPause the longest pause between tries while the mail server is down
     * @param acknowledged told, once per acknowledgement sent, how long the complainant waited for it
     */
    public Dispatching(
            Notices notices,
            CaseFactsStore facts,
            Templates templates,
            Mail mail,
            Sms sms,
            Clock clock,
            Duration stuckAfter,
            Duration maxPause,
            Acknowledged acknowledged) {
        this.acknowledged = acknowledged;
        this.sms = sms;
        this.maxPause = maxPause;
        this.notices = notices;
        this.facts = facts;
        this.templates = templates;
        this.mail = mail;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    /** One round; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            var claimed = notices.claimNext(now, now.minus(stuckAfter));
            if (claimed.isEmpty()) return sent;
            switch (dispatch(claimed.get(), now, this::caseOf)) {
                case SENT -> sent++;
                case NOT_SENT -> {}
                case SERVER_DOWN -> {
                    return sent;
                }
            }
        }
    }

    /**
     * Sends these notices now, those still pending and due (an event just owed them), each claimed by its id; what
     * another instance took, or the mail server could not take, is left for the rounds. Returns how many went out.
     * The case of several notices (one event's, so mostly one case) is read once.
     */
    public int send(List<String> ids) {
        int sent = 0;
        Map<String, Optional<CaseFacts>> cases = new HashMap<>();
        Function<Notice, Optional<CaseFacts>> caseOf =
                notice -> cases.computeIfAbsent(notice.tenantId() + "/" + notice.complaintId(), k -> caseOf(notice));
        for (String id : ids) {
            Instant now = clock.instant();
            var claimed = notices.claim(id, now);
            if (claimed.isEmpty()) continue;
            switch (dispatch(claimed.get(), now, caseOf)) {
                case SENT -> sent++;
                case NOT_SENT -> {}
                case SERVER_DOWN -> {
                    return sent;
                }
            }
        }
        return sent;
    }

    private enum Outcome {
        SENT,
        /** Cancelled, or failed for good. */
        NOT_SENT,
        /** To be tried again later: stop sending for now. */
        SERVER_DOWN
    }

    private Optional<CaseFacts> caseOf(Notice notice) {
        return facts.find(notice.tenantId(), notice.complaintId());
    }

    private Outcome dispatch(Notices.Claimed claimed, Instant now, Function<Notice, Optional<CaseFacts>> caseOf) {
        Notice notice = claimed.notice();
        var caseFacts = caseOf.apply(notice);
        if (!notice.kind().sentWhenDone() && caseFacts.map(CaseFacts::done).orElse(false)) {
            notices.cancelled(notice.id(), "the case was " + caseFacts.get().state() + " before it went");
            return Outcome.NOT_SENT;
        }
        Letter letter = templates.render(notice.tenantId(), notice.kind(), notice.language(), notice.values());
        try {
            if (notice.sms()) {
                sms.send(notice.phone(), textMessage(letter, notice));
            } else {
                mail.send(notice.email(), letter, notice.language());
            }
        } catch (Mail.Failure failure) {
            int attempts = claimed.attempts();
            if (failure.permanent() || attempts >= MAX_ATTEMPTS) {
                notices.failed(notice.id(), failure.getMessage());
                return Outcome.NOT_SENT;
            }
            notices.retryAt(notice.id(), now.plus(pause(attempts)), failure.getMessage());
            return Outcome.SERVER_DOWN;
        }
        notices.sent(notice.id(), clock.instant());
        if (notice.kind() == NoticeKind.ACKNOWLEDGEMENT) {
            caseFacts
                    .filter(c -> c.receivedAt() != null)
                    .ifPresent(c -> acknowledged.after(
                            c.tenantId(), c.track(), Duration.between(c.receivedAt(), clock.instant())));
        }
        return Outcome.SENT;
    }

    /** A text message: the subject, and where to follow the case, short enough for one or two messages. */
    static String textMessage(Letter letter, Notice notice) {
        Object link = notice.values().get("followUpUrl");
        return letter.subject() + (link == null ? "" : ". " + link) + " – "
                + notice.values().getOrDefault("tenantName", "");
    }

    /** 15 s after the first failure, doubling, never more than the longest pause. */
    Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
