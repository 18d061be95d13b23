package no.klagesak.intake.complaint.application.policy;

import java.util.Map;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.StaffRegistration;

/**
 * A complaint staff write down says how it came. An oral one is the complaint only when the complainant confirmed
 * what was written (routine 001); where the routine takes written complaints only, a caller was offered to deliver
 * one in writing (routine 002).
 */
public final class StaffRegistrationPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var complaint = registration.complaint();
        StaffRegistration staff = complaint.staffRegistration();
        if (complaint.channel() == Channel.STAFF_REGISTRATION && staff == null) {
            problems.put("staffRegistration", "required");
        }
        if (staff == null || staff.medium() == null) return;
        if (staff.medium().oral() && !staff.confirmedByComplainant()) {
            problems.put("staffRegistration.confirmedByComplainant", "required");
        }
        if (registration.routine().writtenOnly()
                && staff.medium() == StaffRegistration.Medium.PHONE
                && !staff.offeredWrittenForm()) {
            problems.put("staffRegistration.offeredWrittenForm", "required");
        }
    }
}
