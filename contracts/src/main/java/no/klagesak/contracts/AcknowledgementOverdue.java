package no.klagesak.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@value #TYPE}: the written acknowledgement a handler must give (the complainant gave no e-mail address and did not
 * use the public form) was not recorded by its deadline (routing's deadline watch), once per case. A deviation from
 * the routine (000: the complainant gets a written acknowledgement stating the expected handling time).
 *
 * @param handler the handler who must give it; null while the case waits in a queue
 * @param acknowledgeBy the day it was due by
 */
public record AcknowledgementOverdue(
        String reference, @Nullable String handler, LocalDate acknowledgeBy) implements IntegrationEvent {

    public static final String TYPE = "complaint.acknowledgement-overdue.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
