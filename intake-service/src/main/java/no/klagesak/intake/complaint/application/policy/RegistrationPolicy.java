package no.klagesak.intake.complaint.application.policy;

import java.util.Map;

/** One rule of the routine: adds to {@code problems} each field the complaint breaks it with, and why. */
public interface RegistrationPolicy {

    void check(Registration registration, Map<String, String> problems);
}
