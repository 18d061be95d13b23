package no.klagesak.intake.complaint.application.policy;

import java.util.Map;

/** Only those the routine lets complain may: participants, employees, customers, partners, representatives. */
public final class OfferedComplainantRolePolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var role = registration.complaint().complainantRole();
        if (role != null && !registration.routine().complainantRoles().contains(role)) {
            problems.put("complainantRole", "not-offered");
        }
    }
}
