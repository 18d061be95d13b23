package no.klagesak.intake.complaint.application.policy;

import java.util.Map;

/** A client that names the track names the one the category decides. */
public final class TrackMatchesCategoryPolicy implements RegistrationPolicy {

    @Override
    public void check(Registration registration, Map<String, String> problems) {
        var asked = registration.complaint().track();
        if (asked != null && registration.track() != null && asked != registration.track()) {
            problems.put("track", "does-not-match-category");
        }
    }
}
