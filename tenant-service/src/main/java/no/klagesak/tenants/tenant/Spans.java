package no.klagesak.tenants.tenant;

import no.klagesak.contracts.tenant.Routine.Span;

/** The shortest number of calendar days a span can last, for comparing a span with reminders and other spans. */
final class Spans {

    private Spans() {}

    static int minimumDays(Span span) {
        return switch (span.unit()) {
            case DAYS -> span.amount();
            // Five working days take at least a week; fewer may fall within one.
            case WORKING_DAYS -> span.amount() + 2 * (span.amount() / 5);
            case WEEKS -> span.amount() * 7;
            case MONTHS -> span.amount() * 28;
        };
    }
}
