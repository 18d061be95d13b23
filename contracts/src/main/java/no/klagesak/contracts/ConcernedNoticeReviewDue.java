package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: the exception not to tell a person a case names (personopplysningsloven § 16) is due for review
 * today (routing's deadline watch), once per review date, in any state of the case. The handler renews it with a new
 * reason and date, or tells the person.
 *
 * @param handler the handler to remind
 * @param reviewOn the review date the exception was given
 */
public record ConcernedNoticeReviewDue(
        String reference, @Nullable String handler, LocalDate reviewOn) implements IntegrationEvent {

    public static final String TYPE = "complaint.concerned-notice-review-due.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
