package no.klagesak.intake.complaint.application.policy;

import java.util.Map;
import no.klagesak.intake.complaint.application.RegisterComplaint;
import no.klagesak.intake.complaint.model.ComplainantRole;

/**
 * A representative gives their name, says how they are related to the person they complain for, and that the person
 * consented.
 */
public final class RepresentativePolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var complaint = registration.complaint();
        if (complaint.complainantRole() != ComplainantRole.REPRESENTATIVE) return;
        var complainant = complaint.complainant();
        if (complainant == null) {
            problems.put("complainant", "name-required");
            return;
        }
        var representing = complainant.representing();
        if (representing == null || Registration.blank(representing.relation())) {
            problems.put("complainant.representing.relation", "required");
        } else if (representing.relation().length() > RegisterComplaint.MAX_SHORT) {
            problems.put("complainant.representing.relation", "too-long");
        }
        if (representing == null || !representing.consented()) {
            problems.put("complainant.representing.consented", "required");
        }
    }
}
