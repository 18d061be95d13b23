package no.klagesak.routing.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Routine;
import org.jspecify.annotations.Nullable;

/**
 * The use case of the case workflow: a step is checked by {@link CaseWorkflow} and stored with its timeline entry and
 * its {@code complaint.case-changed.v1} event in one write, guarded by the version.
 */
public class HandlingCase {

    private final Cases cases;
    private final RoutingRoutines routines;
    private final Clock clock;
    private final WordsSealer sealer;

    /**
     * @param sealer seals what the complainant is told of a step (the answer, the decision, why the deadline moved)
     *     with the tenant's event key, so it never travels as plain text on Kafka
     */
    public HandlingCase(Cases cases, RoutingRoutines routines, Clock clock, WordsSealer sealer) {
        this.cases = cases;
        this.routines = routines;
        this.clock = clock;
        this.sealer = sealer;
    }

    /** Seals the words for the complainant that an event carries (service-support's {@code EventSealer}). */
    @FunctionalInterface
    public interface WordsSealer {
        @Nullable
        String seal(String tenantId, String complaintId, @Nullable String words);
    }

    /**
     * A step by a user, against the version they saw.
     *
     * @throws ConcurrentChange when the case changed since that version
     * @throws InvalidTransition when the step is not possible now
     */
    public CaseFile act(String tenantId, String complaintId, Transition transition, long seenVersion) {
        CaseFile file = cases.file(tenantId, complaintId).orElseThrow(UnknownCase::new);
        if (file.version() != seenVersion) throw new ConcurrentChange();
        return store(tenantId, file, transition);
    }

    /**
     * A step that follows the complainant (from intake's events). Against the latest version, retried when a user
     * changed the case at the same moment; a step the case is past (a redelivered event) changes nothing.
     */
    public void follow(String tenantId, String complaintId, Transition transition) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var file = cases.file(tenantId, complaintId);
            if (file.isEmpty()) return;
            try {
                store(tenantId, file.get(), transition);
                return;
            } catch (ConcurrentChange again) {
                // Someone changed it in between: read it again.
            } catch (InvalidTransition past) {
                return;
            }
        }
        throw new ConcurrentChange();
    }

    private CaseFile store(String tenantId, CaseFile file, Transition transition) {
        var c = file.complaintCase();
        Routine.SpanUnit unit = routines.find(tenantId)
                .flatMap(t -> t.version(c.policyVersion()))
                .map(v -> v.routine()
                        .deadlines()
                        .of(Routine.Track.valueOf(c.track()))
                        .handling()
                        .unit())
                .orElse(Routine.SpanUnit.DAYS);
        refuseThePersonItConcerns(tenantId, c, transition);
        if (transition.action() == CaseAction.CORRECT_CONCERNED) transition = corrected(tenantId, c, transition);
        var step = CaseWorkflow.apply(file, transition, clock.instant(), unit);
        var next = step.file();
        var event = EventEnvelope.of(
                tenantId,
                c.complaintId(),
                step.entry().at(),
                new CaseChanged(
                        c.reference(),
                        transition.action().name(),
                        next.state().name(),
                        next.complaintCase().handler(),
                        next.complaintCase().deadline(),
                        step.entry().outcome() == null
                                ? null
                                : step.entry().outcome().name(),
                        step.entry().reason() != null,
                        sealer.seal(tenantId, c.complaintId(), toComplainant(transition.action(), step.entry())),
                        transition.action() == CaseAction.SEND_CONCERNED_NOTICE ? c.concerned() : null,
                        next.version(),
                        transition.action() == CaseAction.CORRECT_CONCERNED
                                ? next.complaintCase().concerned()
                                : null));
        if (!cases.update(tenantId, c.complaintId(), file.version(), next, step.entry(), List.of(event))) {
            throw new ConcurrentChange();
        }
        return next;
    }

    /**
     * A case is never given to a person it concerns. The case names them by id in the organisation; a new handler is
     * named by user name, so the two are matched through the organisation.
     */
    private void refuseThePersonItConcerns(String tenantId, ComplaintCase c, Transition transition) {
        if (transition.action() != CaseAction.REASSIGN || transition.handler() == null) return;
        String username = transition.handler();
        boolean concerned = routines.find(tenantId)
                .map(t -> t.organisation().people().stream()
                        .anyMatch(p ->
                                username.equals(p.username()) && c.concerned().contains(p.id())))
                .orElse(false);
        if (concerned) throw new InvalidTransition("Saken gjelder denne personen, som ikke kan behandle den.");
    }

    /**
     * The people a correction names, checked against the organisation and named for the explanation; a handler it now
     * concerns must name who takes over, and no one it concerns may.
     */
    private Transition corrected(String tenantId, ComplaintCase c, Transition t) {
        var organisation = routines.find(tenantId)
                .map(TenantSnapshot::organisation)
                .orElseThrow(() -> new InvalidTransition("Organisasjonen er ikke kjent ennå. Prøv igjen om litt."));
        List<String> people = t.concerned() == null
                ? List.of()
                : t.concerned().stream().distinct().toList();
        List<String> names = new ArrayList<>();
        for (String id : people) {
            names.add(organisation
                    .person(id)
                    .map(Organisation.Person::name)
                    .orElseThrow(() -> new InvalidTransition("Velg personer i organisasjonen.")));
        }
        Predicate<String> concernedUser = username ->
                organisation.people().stream().anyMatch(p -> username.equals(p.username()) && people.contains(p.id()));
        // A form's empty choice is no choice.
        String handler = t.handler() == null || t.handler().isBlank()
                ? null
                : t.handler().strip();
        if (handler != null && concernedUser.test(handler)) {
            throw new InvalidTransition("Saken gjelder denne personen, som ikke kan behandle den.");
        }
        if (handler == null && c.handler() != null && concernedUser.test(c.handler())) {
            throw new InvalidTransition("Saken gjelder nå den som behandler den. Velg hvem som skal overta den.");
        }
        return new Transition(
                t.action(), t.by(), handler, String.join(", ", names), t.reason(), null, null, null, false, people);
    }

    /** The case changed since the version the user saw. */
    public static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("Saken er endret av noen andre. Last siden på nytt og prøv igjen.");
        }
    }

    /** No such case in this tenant. */
    public static final class UnknownCase extends RuntimeException {
        public UnknownCase() {
            super("No such case");
        }
    }

    /**
     * What the complainant is told of a step: why the deadline moved, the written response, the final decision, the
     * minutes to confirm.
     */
    private static @Nullable String toComplainant(CaseAction action, TimelineEntry entry) {
        return switch (action) {
            case EXTEND_DEADLINE -> entry.reason();
            case RESOLVE, DECIDE, SEND_MINUTES -> entry.text();
            default -> null;
        };
    }
}
