package no.klagesak.routing.assignment;

import java.time.Clock;
import java.util.List;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;

/** The use case: a received complaint gets a handler and a deadline, once. */
public class AssigningHandler {

    private final Cases cases;
    private final RoutingRoutines routines;
    private final Clock clock;

    public AssigningHandler(Cases cases, RoutingRoutines routines, Clock clock) {
        this.cases = cases;
        this.routines = routines;
        this.clock = clock;
    }

    /** Returns false when the complaint was already assigned (a redelivery). */
    public boolean assign(String tenantId, String complaintId, ComplaintReceived received) {
        RoutingRoutine routine = routines.find(tenantId)
                .orElseThrow(() -> new IllegalStateException("No routine for tenant " + tenantId));
        HandlerLevel level = RoutingPolicy.levelFor(received.concernsLineManager());
        var complaintCase = new ComplaintCase(
                complaintId,
                tenantId,
                received.reference(),
                received.track(),
                received.category(),
                RoutingPolicy.handlerFor(level, routine),
                level,
                RoutingPolicy.handlingTimeDays(received.receivedAt(), routine),
                RoutingPolicy.deadline(received.receivedAt(), routine),
                received.receivedAt(),
                clock.instant());
        return cases.addIfAbsent(complaintCase, List.of(assigned(complaintCase)));
    }

    static EventEnvelope assigned(ComplaintCase c) {
        return EventEnvelope.of(
                c.tenantId(),
                c.complaintId(),
                c.assignedAt(),
                new ComplaintAssigned(
                        c.reference(), c.handler(), c.handlerLevel().name(), c.handlingTimeDays(), c.deadline()));
    }
}
