package no.klagesak.routing.assignment;

import no.klagesak.contracts.tenant.Organisation;
import no.klagesak.contracts.tenant.Organisation.Person;
import org.jspecify.annotations.Nullable;

/**
 * Who may take which step, among those who see the case. Handing a case out of the triage queue and deciding an
 * escalation are management's (the management group or the managing director); handling is the handler's, or a
 * manager above them stepping in; reassigning is the handler's managers' (or the handler's own, giving it up).
 */
public final class CasePermissions {

    private CasePermissions() {}

    /** Empty when allowed; otherwise why not, in words. */
    public static @Nullable String refusal(
            CaseAction action, ComplaintCase c, Organisation organisation, @Nullable String caller) {
        if (caller == null) return "Du er ikke med i organisasjonen.";
        boolean management = caller.equals(organisation.managingDirector())
                || organisation.managementGroup().contains(caller);
        boolean handler = isHandler(c, organisation, caller);
        boolean above = aboveHandler(c, organisation, caller);
        return switch (action) {
            case ASSIGN, DECIDE -> management ? null : "Bare ledelsen kan gjøre dette.";
            case REASSIGN ->
                handler || above || management ? null : "Bare behandleren og lederne over kan gi saken videre.";
            case ACCEPT -> handler ? null : "Bare den som har fått saken, kan ta den.";
            default -> handler || above || management ? null : "Bare behandleren og lederne over kan gjøre dette.";
        };
    }

    private static boolean isHandler(ComplaintCase c, Organisation organisation, String caller) {
        return c.handler() != null
                && organisation
                        .person(caller)
                        .map(p ->
                                c.handler().equals(p.username()) || c.handler().equals(p.id()))
                        .orElse(false);
    }

    private static boolean aboveHandler(ComplaintCase c, Organisation organisation, String caller) {
        if (c.handler() == null) return false;
        Person handler = organisation.people().stream()
                .filter(p -> c.handler().equals(p.username()) || c.handler().equals(p.id()))
                .findFirst()
                .orElse(null);
        String next = handler == null ? null : handler.lineManagerId();
        for (int depth = 0; next != null && depth < 50; depth++) {
            if (next.equals(caller)) return true;
            next = organisation.person(next).map(Person::lineManagerId).orElse(null);
        }
        return false;
    }
}
