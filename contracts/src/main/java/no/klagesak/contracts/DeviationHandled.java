package no.klagesak.contracts;

import java.time.Instant;

/**
 * {@value #TYPE}: the receiver of a reported deviation wrote what was done about it. What they wrote stays sealed in
 * routing.
 *
 * @param kind as reported ({@link DeviationReported#kind()})
 * @param late whether it was handled after its deadline
 */
public record DeviationHandled(String kind, Instant handledAt, boolean late) implements IntegrationEvent {

    public static final String TYPE = "deviation.handled.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
