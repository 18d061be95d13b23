package no.klagesak.intake.complaint.application.policy;

import java.util.Map;
import no.klagesak.intake.complaint.model.Concerns;

/** A person or unit the complaint concerns by id is one of the organisation's own. */
public final class KnownConcernedPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        Concerns concerns = registration.concerns();
        if (concerns == null || concerns.kind() == null || concerns.id() == null) return;
        var routine = registration.routine();
        boolean unknown = switch (concerns.kind()) {
            case PERSON -> !routine.people().containsKey(concerns.id());
            case UNIT, LINE_MANAGER -> !routine.units().containsKey(concerns.id());
            default -> false;
        };
        if (unknown) problems.putIfAbsent("concerns.id", "unknown");
    }
}
