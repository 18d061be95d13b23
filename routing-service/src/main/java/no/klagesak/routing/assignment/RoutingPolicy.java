package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import no.klagesak.contracts.tenant.Routine.Span;

/** By when a complaint is answered. Pure; who handles it is {@link Router}'s. */
public final class RoutingPolicy {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private RoutingPolicy() {}

    /** The date the answer is due: the day of receipt in Oslo plus the handling time of the routine version. */
    public static LocalDate deadline(Instant receivedAt, Span handling) {
        return CaseDeadlines.after(LocalDate.ofInstant(receivedAt, OSLO), handling);
    }

    public static int handlingTimeDays(Instant receivedAt, LocalDate deadline) {
        return (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(receivedAt, OSLO), deadline);
    }
}
