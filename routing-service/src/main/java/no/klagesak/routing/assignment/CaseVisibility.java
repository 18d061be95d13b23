package no.klagesak.routing.assignment;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import org.jspecify.annotations.Nullable;

/**
 * Who sees a case. The handler and their line of managers up to the managing director; the managing director every
 * complaint (routines 000, 001, 003); the management group what waits in its queue or was escalated to it. A
 * whistleblowing report only its designated receivers and its handler, not other managers. Never a person the
 * complaint concerns. Anyone else does not see that the case exists.
 */
public final class CaseVisibility {

    private CaseVisibility() {}

    /**
     * @param caller the caller's person id in the organisation; null when they are not in it
     * @param whistleblowingReceivers the designated receivers of the routine version the case was received under
     */
    public static boolean canSee(
            ComplaintCase c,
            CaseState state,
            Organisation organisation,
            List<String> whistleblowingReceivers,
            @Nullable String caller) {
        return because(c, state, organisation, whistleblowingReceivers, caller).isPresent();
    }

    /**
     * Why the caller may see the case, for the audit log: {@code HANDLER}, {@code WHISTLEBLOWING_RECEIVER}, {@code
     * MANAGING_DIRECTOR}, {@code MANAGEMENT_GROUP} or {@code LINE_MANAGER}; empty when they may not.
     */
    public static Optional<String> because(
            ComplaintCase c,
            CaseState state,
            Organisation organisation,
            List<String> whistleblowingReceivers,
            @Nullable String caller) {
        if (caller == null || c.concerns(caller)) return Optional.empty();
        Optional<Person> handler = handlerOf(c, organisation);
        if (handler.isPresent() && handler.get().id().equals(caller)) return Optional.of("HANDLER");
        if (c.track().equals("WHISTLEBLOWING")) {
            return whistleblowingReceivers.contains(caller) ? Optional.of("WHISTLEBLOWING_RECEIVER") : Optional.empty();
        }
        if (caller.equals(organisation.managingDirector())) return Optional.of("MANAGING_DIRECTOR");
        if (organisation.managementGroup().contains(caller)
                && (state == CaseState.TRIAGE || state == CaseState.ESCALATED || state == CaseState.DECIDED)) {
            return Optional.of("MANAGEMENT_GROUP");
        }
        return handler.isPresent() && isAbove(handler.get(), caller, organisation)
                ? Optional.of("LINE_MANAGER")
                : Optional.empty();
    }

    /** The handler as a person of the organisation, found by the user name (or id) the case names. */
    public static Optional<Person> handlerOf(ComplaintCase c, Organisation organisation) {
        if (c.handler() == null) return Optional.empty();
        return organisation.people().stream()
                .filter(p -> c.handler().equals(p.username()) || c.handler().equals(p.id()))
                .findFirst();
    }

    /**
     * Whom the handler discusses a written complaint with (routine 001): the first one above them whom the case does
     * not concern and who is still here, so a complaint about the handler's own superior goes one level further up,
     * never to the person it concerns; empty when there is no one.
     */
    public static Optional<Person> superiorToDiscussWith(ComplaintCase c, Organisation organisation) {
        var next = handlerOf(c, organisation).map(Person::lineManagerId).flatMap(organisation::person);
        for (int depth = 0; next.isPresent() && depth < 50; depth++) {
            Person superior = next.get();
            if (superior.active() && !c.concerns(superior.id())) return next;
            next = Optional.ofNullable(superior.lineManagerId()).flatMap(organisation::person);
        }
        return Optional.empty();
    }

    /** Whether {@code caller} is somewhere in the line of managers above {@code person}. */
    static boolean isAbove(Person person, String caller, Organisation organisation) {
        String next = person.lineManagerId();
        for (int depth = 0; next != null && depth < 50; depth++) {
            if (next.equals(caller)) return true;
            next = organisation.person(next).map(Person::lineManagerId).orElse(null);
        }
        return false;
    }
}
