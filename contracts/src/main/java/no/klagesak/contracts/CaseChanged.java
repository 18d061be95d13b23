package no.klagesak.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: a step in a case's workflow (routing): what happened, the state it left the case in, who handles it
 * and by when. The case file's texts (actions taken, notes, minutes) stay in routing; only what the complainant is to
 * be told travels, in {@link #toComplainant}.
 *
 * @param action e.g. {@code ACCEPT}, {@code REASSIGN}, {@code EXTEND_DEADLINE}, {@code RESOLVE}, {@code DECIDE}
 * @param state the case's state after it, e.g. {@code IN_PROGRESS}, {@code WAITING_FOR_COMPLAINANT}, {@code RESOLVED}
 * @param handler the handler's user name after it; null while the case waits in the triage queue
 * @param deadline the answer's due date after it (a later one after {@code EXTEND_DEADLINE} or a stopped clock)
 * @param outcome after {@code RESOLVE} or {@code DECIDE}: {@code UPHELD}, {@code PARTLY_UPHELD} or {@code NOT_UPHELD}
 * @param reasonGiven whether a reason was recorded, e.g. for a later deadline, which the complainant is told
 * @param toComplainant the handler's words meant for the complainant, sealed with the tenant's event key (service
 *     support's {@code EventSealer}: never plain text on Kafka), which intake shows on the follow-up page and
 *     notification-service sends: the reason for a later deadline ({@code EXTEND_DEADLINE}), the written response
 *     ({@code RESOLVE}) or management's decision ({@code DECIDE}); absent on every other step. Never the complaint's
 *     own text.
 * @param noticeTo on {@code SEND_CONCERNED_NOTICE} only: the ids, in the tenant's organisation, of the people the case
 *     names, whom notification-service tells from its template that data about them is processed (no text, no
 *     reporter); absent on every other step
 * @param concerned on {@code CORRECT_CONCERNED} only: the ids, in the tenant's organisation, of the people the case
 *     concerns from now on, as the receiver corrected them (none: it concerns no one in particular); a service that
 *     keeps them away from the case takes them from here; absent on every other step
 * @param version the case's version after the step, counting every step routing took: a service that keeps a copy of
 *     where the case stands replaces it only with a later one, whatever order the events arrive in; absent in events
 *     from before it was added
 */
public record CaseChanged(
        String reference,
        String action,
        String state,
        @Nullable String handler,
        LocalDate deadline,
        @Nullable String outcome,
        boolean reasonGiven,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String toComplainant,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> noticeTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> concerned)
        implements IntegrationEvent {

    /** A step that does not change whom the case concerns. */
    public CaseChanged(
            String reference,
            String action,
            String state,
            @Nullable String handler,
            LocalDate deadline,
            @Nullable String outcome,
            boolean reasonGiven,
            @Nullable String toComplainant,
            @Nullable List<String> noticeTo,
            @Nullable Long version) {
        this(reference, action, state, handler, deadline, outcome, reasonGiven, toComplainant, noticeTo, version, null);
    }

    /** A step whose words, if any, are for the complainant only. */
    public CaseChanged(
            String reference,
            String action,
            String state,
            @Nullable String handler,
            LocalDate deadline,
            @Nullable String outcome,
            boolean reasonGiven,
            @Nullable String toComplainant) {
        this(reference, action, state, handler, deadline, outcome, reasonGiven, toComplainant, null, null);
    }

    /** A step with nothing for the complainant to read. */
    public CaseChanged(
            String reference,
            String action,
            String state,
            @Nullable String handler,
            LocalDate deadline,
            @Nullable String outcome,
            boolean reasonGiven) {
        this(reference, action, state, handler, deadline, outcome, reasonGiven, null, null, null);
    }

    public static final String TYPE = "complaint.case-changed.v1";

    /** The same step with the words for the complainant replaced: sealed for the topic, or opened after it. */
    public CaseChanged withToComplainant(@Nullable String words) {
        return new CaseChanged(
                reference, action, state, handler, deadline, outcome, reasonGiven, words, noticeTo, version, concerned);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
