package no.klagesak.routing.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;

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

    /**
     * Returns false when the complaint was already assigned (a redelivery). The deadline follows the routine version
     * the complaint was received under; the handler is found in the organisation as it is now.
     */
    public boolean assign(String tenantId, String complaintId, ComplaintReceived received) {
        Integer policyVersion = received.policyVersion();
        TenantSnapshot tenant = (policyVersion == null
                        ? routines.find(tenantId)
                        : routines.findWithVersion(tenantId, policyVersion))
                .orElseThrow(() -> new IllegalStateException(
                        policyVersion == null
                                ? "No routine for tenant " + tenantId
                                : "Routine version " + policyVersion + " of " + tenantId + " not known yet"));
        RoutineVersion version = policyVersion == null
                ? tenant.current()
                : tenant.version(policyVersion).orElseThrow();
        Routine.Track track = Routine.Track.valueOf(received.track());
        var hints = received.routingHints();
        var decision = Router.route(
                version.routine(),
                tenant.organisation(),
                new Router.Request(
                        track,
                        received.concernsLineManager(),
                        hints == null ? null : hints.concernsPerson(),
                        hints == null ? null : hints.concernsUnit(),
                        hints == null ? null : hints.chosenReceiver(),
                        // A retaliation report concerns the people the first report concerns too.
                        received.retaliationFor() == null
                                ? Set.of()
                                : cases.findBy(tenantId, received.retaliationFor())
                                        .map(first -> Set.copyOf(first.concerned()))
                                        .orElse(Set.of()),
                        hints != null && hints.concernsManagingDirector(),
                        hints == null ? null : hints.complainantUnit(),
                        hints == null ? null : hints.concernsOther()));
        CaseDeadlines deadlines = CaseDeadlines.of(
                received.receivedAt(), version.routine().deadlines().of(track));
        LocalDate deadline = deadlines.answerBy();
        var complaintCase = new ComplaintCase(
                complaintId,
                tenantId,
                received.reference(),
                received.track(),
                received.category(),
                version.version(),
                decision.username(),
                decision.level(),
                RoutingPolicy.handlingTimeDays(received.receivedAt(), deadline),
                deadline,
                received.receivedAt(),
                clock.instant(),
                explanation(tenantId, received, decision.explanation()),
                List.copyOf(decision.concerned()),
                deadlines.acknowledgeBy(),
                deadlines.reminders(),
                track == Routine.Track.WHISTLEBLOWING
                        ? CaseDeadlines.checkIns(
                                received.receivedAt(),
                                version.routine().deadlines().whistleblowerCheckInDays())
                        : List.of(),
                received.retaliationFor(),
                Acknowledgement.of(received));
        return cases.addIfAbsent(complaintCase, List.of(assigned(complaintCase)));
    }

    /** A report of retaliation says which report it follows, by its reference where routing has that case. */
    private String explanation(String tenantId, ComplaintReceived received, String why) {
        if (received.retaliationFor() == null) return why;
        String first = cases.findBy(tenantId, received.retaliationFor())
                .map(ComplaintCase::reference)
                .orElse("et tidligere varsel");
        return "Melding om gjengjeldelse etter " + first + ". " + why;
    }

    static EventEnvelope assigned(ComplaintCase c) {
        return EventEnvelope.of(
                c.tenantId(),
                c.complaintId(),
                c.assignedAt(),
                new ComplaintAssigned(
                        c.reference(),
                        c.handler(),
                        c.handlerLevel().name(),
                        c.handlingTimeDays(),
                        c.deadline(),
                        c.concerned()));
    }
}
