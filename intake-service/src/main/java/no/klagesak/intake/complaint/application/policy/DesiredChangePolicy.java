package no.klagesak.intake.complaint.application.policy;

import java.util.Map;

/** Where the routine asks for it, the complainant says what they want changed. */
public final class DesiredChangePolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        if (registration.routine().desiredChangeRequired()
                && Registration.blank(registration.complaint().desiredChange())) {
            problems.put("desiredChange", "required");
        }
    }
}
