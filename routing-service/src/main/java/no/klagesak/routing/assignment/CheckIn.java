package no.klagesak.routing.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned check-in with a whistleblower on their working environment, and whether it was held. Each check-in
 * recorded holds the earliest planned one not yet held, so one held early is not asked for again on its date.
 *
 * @param due held, or its date came and it was not held
 */
public record CheckIn(LocalDate on, boolean held, boolean due) {

    /** The case's planned check-ins, the first {@code held} of them held. */
    public static List<CheckIn> plan(ComplaintCase c, int held, LocalDate today) {
        List<CheckIn> plan = new ArrayList<>();
        for (int i = 0; i < c.checkIns().size(); i++) {
            LocalDate on = c.checkIns().get(i);
            plan.add(new CheckIn(on, i < held, i >= held && !on.isAfter(today)));
        }
        return List.copyOf(plan);
    }

    /** The check-ins held by a timeline's entries. */
    public static List<CheckIn> plan(ComplaintCase c, List<TimelineEntry> timeline, LocalDate today) {
        int held = (int)
                timeline.stream().filter(e -> e.action() == CaseAction.CHECK_IN).count();
        return plan(c, held, today);
    }
}
