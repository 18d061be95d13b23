package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Who handles a complaint and by when. Pure: the same complaint and routine always give the same answer. */
public final class RoutingPolicy {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private RoutingPolicy() {}

    public static HandlerLevel levelFor(boolean concernsLineManager) {
        return concernsLineManager ? HandlerLevel.MANAGING_DIRECTOR : HandlerLevel.LINE_MANAGER;
    }

    public static String handlerFor(HandlerLevel level, RoutingRoutine routine) {
        return switch (level) {
            case LINE_MANAGER -> routine.lineManager();
            case MANAGING_DIRECTOR -> routine.managingDirector();
        };
    }

    /** The date the answer is due: the day of receipt in Oslo plus the handling time. */
    public static LocalDate deadline(Instant receivedAt, RoutingRoutine routine) {
        return LocalDate.ofInstant(receivedAt, OSLO).plus(routine.handlingTime());
    }

    public static int handlingTimeDays(Instant receivedAt, RoutingRoutine routine) {
        LocalDate received = LocalDate.ofInstant(receivedAt, OSLO);
        return (int) ChronoUnit.DAYS.between(received, received.plus(routine.handlingTime()));
    }
}
