package no.klagesak.contracts;

import java.time.LocalDate;

/**
 * {@value #TYPE}: routing assigned a handler and a deadline from the tenant's policy.
 *
 * @param reference the complaint's reference number, so a notice can name it without asking intake
 * @param handler the user name of the handler in the tenant's identity provider
 * @param handlerLevel {@code LINE_MANAGER} normally, {@code MANAGING_DIRECTOR} when the complaint concerns the line
 *     manager
 * @param handlingTimeDays the tenant's handling time that produced the deadline
 * @param deadline the date by which the complainant gets a written answer (Europe/Oslo)
 */
public record ComplaintAssigned(
        String reference, String handler, String handlerLevel, int handlingTimeDays, LocalDate deadline)
        implements IntegrationEvent {

    public static final String TYPE = "complaint.assigned.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
