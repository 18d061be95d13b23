package no.klagesak.intake.complaint.application.policy;

import java.util.Map;

/**
 * A complaint without a name is taken only where the routine allows anonymous complaints; else the complainant is
 * told that a name is required (or that anonymous complaints are not handled, where the routine says it that way).
 */
public final class AnonymityPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var routine = registration.routine();
        if (registration.complaint().complainant() == null && !routine.anonymousAllowed()) {
            problems.put("complainant", routine.nameRequired() ? "name-required" : "anonymous-not-allowed");
        }
    }
}
