package no.klagesak.web.services;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/** notification-service, called with the logged-in user's own access token: what was sent about a case. */
@Component
public class NotificationServiceClient {

    private final NotificationApi notifications;

    NotificationServiceClient(NotificationApi notifications) {
        this.notifications = notifications;
    }

    /** An open survey behind a link: who asks; empty when the link is answered or unknown. */
    public record OpenSurvey(String tenantName, String track) {}

    public Optional<OpenSurvey> survey(String token) {
        try {
            return Optional.ofNullable(notifications.survey(token));
        } catch (HttpClientErrorException.NotFound gone) {
            return Optional.empty();
        }
    }

    /** A new link to the survey when leaving, for a staff member to hand a participant, and how many days it opens. */
    public record HandedOut(String url, long validDays) {}

    /** Why no link was made: the routine does not offer the survey, or the day's links are used. */
    public enum NoLink {
        NOT_OFFERED,
        TOO_MANY_TODAY
    }

    /** A link, or why there is none. */
    public record HandOut(
            @Nullable HandedOut link, @Nullable NoLink refused) {}

    /** A new one-time link to the survey offered when a participant leaves (routine 004). */
    public HandOut handOutLeavingSurvey() {
        try {
            return new HandOut(notifications.handOutLeavingSurvey(), null);
        } catch (HttpClientErrorException.Conflict notOffered) {
            return new HandOut(null, NoLink.NOT_OFFERED);
        } catch (HttpClientErrorException.TooManyRequests usedToday) {
            return new HandOut(null, NoLink.TOO_MANY_TODAY);
        }
    }

    /** What came of an answer: recorded, refused as incomplete, or the link was used or unknown. */
    public enum Answered {
        RECORDED,
        INCOMPLETE,
        GONE
    }

    public Answered answerSurvey(
            String token, @Nullable Integer satisfied, @Nullable Integer heard, @Nullable Boolean again) {
        var body = new HashMap<String, Object>();
        body.put("satisfied", satisfied);
        body.put("heard", heard);
        body.put("wouldComplainAgain", again);
        try {
            notifications.answerSurvey(token, body);
            return Answered.RECORDED;
        } catch (HttpClientErrorException.BadRequest incomplete) {
            return Answered.INCOMPLETE;
        } catch (HttpClientErrorException gone) {
            return Answered.GONE;
        }
    }

    /** One notice: its kind, to whom (a role or user name, never an address), and how it went. */
    public record Delivery(
            String id,
            String complaintId,
            String reference,
            String kind,
            String recipient,
            String state,
            int attempts,
            Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable String error,
            @Nullable String channel) {

        /** The message key of how it went: a sent text message or letter is not "sent by e-mail". */
        public String stateKey() {
            if (state.equals("SENT") && "SMS".equals(channel)) return "notice.state.SENT_SMS";
            return "notice.state." + state;
        }
    }

    /**
     * A case's delivery log; empty when the caller may not see it. When notification-service cannot answer, the
     * client's exception is thrown (the case page then shows without the log, and says so).
     */
    public List<Delivery> ofCase(String complaintId) {
        try {
            return notifications.notices(complaintId);
        } catch (HttpClientErrorException hidden) {
            // Not the caller's to see. A service that is away is thrown on, so the page can say the log is missing.
            return List.of();
        } catch (RestClientException unreadable) {
            // An answer that cannot be read is as good as none: the page says the log is missing.
            throw new ResourceAccessException("The delivery log could not be read: " + unreadable.getMessage());
        }
    }

    /** A notice to the complainant as a PDF letter to print; empty when the caller may not see it. */
    public Optional<byte[]> letter(String noticeId) {
        try {
            return Optional.ofNullable(notifications.letter(noticeId));
        } catch (HttpClientErrorException.NotFound hidden) {
            return Optional.empty();
        }
    }

    /** A notice's wording in use: the tenant's own, or the platform's to start from. */
    public record Wording(
            String kind,
            String language,
            String subject,
            String text,
            boolean own,
            String audience,
            List<String> values) {}

    /** A draft filled with sample data; {@code lix} for what a complainant reads in Bokmål. */
    public record Preview(
            @Nullable String subject,
            @Nullable String text,
            @Nullable Double lix,
            @Nullable String error) {}

    public Wording wording(String kind, String language) {
        return notifications.wording(kind, language);
    }

    /** The draft as it will read, or why it cannot be used (a broken template). */
    public Preview preview(String kind, String language, String subject, String text) {
        try {
            return notifications.preview(Map.of("kind", kind, "language", language, "subject", subject, "text", text));
        } catch (HttpClientErrorException.BadRequest broken) {
            var problem = broken.getResponseBodyAs(ProblemDetail.class);
            return new Preview(null, null, null, problem == null ? "" : problem.getDetail());
        }
    }

    /** The tenant's notices that could not be delivered at all, for the tenant admin. */
    public List<Delivery> failed() {
        return notifications.failed();
    }

    /** The tenant's audit log in this service, newest first; of one complaint when it is given (tenant admin). */
    public List<AuditEntry> audit(@Nullable String complaintId) {
        return notifications.audit(complaintId);
    }

    /** The complaint's notices to its complainant as sent, for an access request (tenant admin), as JSON. */
    public byte[] accessExport(String complaintId) {
        return notifications.export(complaintId);
    }
}
