package no.klagesak.intake.complaint.application.policy;

import java.util.Map;
import no.klagesak.intake.complaint.model.Concerns;

/**
 * A complainant chooses their receiver only where the routine lets them, among the receivers it names, and never the
 * person the complaint is about (routine 003: the lowest level, but not the one concerned).
 */
public final class ChosenReceiverPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        String receiver = registration.complaint().chosenReceiver();
        if (receiver == null) return;
        var receivers = registration.routine().receivers();
        Concerns concerns = registration.concerns();
        if (receivers.isEmpty()) {
            problems.put("chosenReceiver", "not-offered");
        } else if (!receivers.containsKey(receiver)) {
            problems.put("chosenReceiver", "unknown");
        } else if (concerns != null && concerns.kind() == Concerns.Kind.PERSON && receiver.equals(concerns.id())) {
            problems.put("chosenReceiver", "is-concerned");
        }
    }
}
