package no.klagesak.intake.complaint.application.policy;

import java.util.Map;

/** Where the routine answers in writing, a named complainant gives an e-mail address or a phone number. */
public final class ContactPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var complainant = registration.complaint().complainant();
        if (complainant != null
                && registration.routine().contactRequired()
                && Registration.blank(complainant.email())
                && Registration.blank(complainant.phone())) {
            problems.put("complainant.email", "contact-required");
        }
    }
}
