package no.klagesak.contracts;

import java.time.LocalDate;

/**
 * {@value #TYPE}: a reported deviation's deadline passed without its receiver writing what was done; once per report.
 * Keyed, as {@link DeviationReported}, by the report's id.
 *
 * @param kind as reported ({@link DeviationReported#kind()})
 * @param receiver the user name of who was to handle it
 * @param deadline the day it was due
 */
public record DeviationOverdue(String kind, String receiver, LocalDate deadline) implements IntegrationEvent {

    public static final String TYPE = "deviation.overdue.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
