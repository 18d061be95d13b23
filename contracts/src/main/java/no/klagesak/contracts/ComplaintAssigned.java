package no.klagesak.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: routing assigned a handler and a deadline from the tenant's policy.
 *
 * @param reference the complaint's reference number, so a notice can name it without asking intake
 * @param handler the user name of the handler in the tenant's identity provider; null while the case waits in the
 *     management group's triage queue ({@code MANAGEMENT_TRIAGE})
 * @param handlerLevel the routing rule that placed it: {@code WHISTLEBLOWING_RECEIVER}, {@code
 *     CONCERNED_PERSONS_MANAGER}, {@code ONE_LEVEL_UP}, {@code CHOSEN_RECEIVER}, {@code UNIT_LEADER}, {@code
 *     LINE_MANAGER} (the tenant's default receiver), {@code MANAGEMENT_TRIAGE}, {@code MANAGING_DIRECTOR} or {@code
 *     BOARD_CONTACT} or {@code ALTERNATIVE_RECEIVER} (the routine's receiver for what concerns a designated receiver or
 *     the managing director)
 * @param handlingTimeDays the tenant's handling time that produced the deadline
 * @param deadline the date by which the complainant gets a written answer (Europe/Oslo)
 * @param concerned the ids, in the tenant's organisation, of everyone the case concerns as routing placed it (the person
 *     named, the line manager it is about, the people a first report concerns for a report of retaliation): none of
 *     them is told of the case or given it; absent in events from before it was added
 */
public record ComplaintAssigned(
        String reference,
        @Nullable String handler,
        String handlerLevel,
        int handlingTimeDays,
        LocalDate deadline,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> concerned)
        implements IntegrationEvent {

    /** An assignment that concerns no one in the organisation. */
    public ComplaintAssigned(
            String reference, @Nullable String handler, String handlerLevel, int handlingTimeDays, LocalDate deadline) {
        this(reference, handler, handlerLevel, handlingTimeDays, deadline, null);
    }

    public static final String TYPE = "complaint.assigned.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
