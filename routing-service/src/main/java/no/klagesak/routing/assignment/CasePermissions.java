package no.klagesak.routing.assignment;

import no.klagesak.contracts.tenant.Organisation;
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
        var handlerPerson = CaseVisibility.handlerOf(c, organisation);
        boolean handler = handlerPerson.isPresent() && handlerPerson.get().id().equals(caller);
        boolean above = handlerPerson.isPresent() && CaseVisibility.isAbove(handlerPerson.get(), caller, organisation);
        return switch (action) {
            case ASSIGN, DECIDE -> management ? null : "Bare ledelsen kan gjøre dette.";
            case REASSIGN ->
                handler || above || management ? null : "Bare behandleren og lederne over kan gi saken videre.";
            case ACCEPT -> handler ? null : "Bare den som har fått saken, kan ta den.";
            default -> handler || above || management ? null : "Bare behandleren og lederne over kan gjøre dette.";
        };
    }
}
