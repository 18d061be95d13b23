package no.klagesak.intake.complaint.application.policy;

import java.util.Map;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.intake.complaint.application.RegisterComplaint;
import no.klagesak.intake.complaint.application.port.TenantRules.IntakeRoutine;
import no.klagesak.intake.complaint.model.ComplainantRole;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;

/**
 * A complaint is about a category the routine offers now, and the category decides its track. A disagreement with a
 * NAV decision is a complaint wherever participants may complain.
 */
public final class OfferedCategoryPolicy implements RegistrationPolicy {

    /** The track the complaint's category decides; null when there is no category or it is not offered. */
    public static @Nullable Track trackOf(RegisterComplaint complaint, IntakeRoutine routine) {
        if (complaint.category() == null) return null;
        if (ComplaintReceived.NAV_DECISION.equals(complaint.category())
                && routine.complainantRoles().contains(ComplainantRole.PARTICIPANT)) {
            return Track.COMPLAINT;
        }
        return routine.categories().get(complaint.category());
    }

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        if (registration.complaint().category() != null && registration.track() == null) {
            problems.putIfAbsent("category", "not-offered");
        }
    }
}
