package no.klagesak.intake.complaint.model;

import java.util.Map;

/** The complaint was not registered; {@link #problems} says why, by field. */
public class InvalidComplaint extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidComplaint(Map<String, String> problems) {
        super("Invalid complaint: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
