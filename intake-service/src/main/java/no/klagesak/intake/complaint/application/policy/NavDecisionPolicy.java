package no.klagesak.intake.complaint.application.policy;

import java.util.Map;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.intake.complaint.model.ComplainantRole;

/**
 * A disagreement with a NAV decision comes from a participant (only they have a programme NAV decides), and names
 * them: it is a statement attached to the company's report to NAV about that person.
 */
public final class NavDecisionPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var complaint = registration.complaint();
        if (!ComplaintReceived.NAV_DECISION.equals(complaint.category())) return;
        if (complaint.complainantRole() != null && complaint.complainantRole() != ComplainantRole.PARTICIPANT) {
            problems.put("complainantRole", "not-offered");
        }
        if (complaint.complainant() == null) problems.put("complainant", "name-required");
    }
}
