package no.klagesak.intake.complaint.application.policy;

import no.klagesak.intake.complaint.application.RegisterComplaint;
import no.klagesak.intake.complaint.application.port.TenantRules.IntakeRoutine;
import no.klagesak.intake.complaint.model.Concerns;
import no.klagesak.intake.complaint.model.Track;
import org.jspecify.annotations.Nullable;

/**
 * What the rules look at: the complaint as sent, the routine version it is received under, the track its category
 * decides (null when the category is not offered) and what it concerns, with a named person looked up.
 */
public record Registration(
        RegisterComplaint complaint,
        IntakeRoutine routine,
        @Nullable Track track,
        @Nullable Concerns concerns) {

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
