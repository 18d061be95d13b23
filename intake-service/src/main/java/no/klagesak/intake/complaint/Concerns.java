package no.klagesak.intake.complaint;

import org.jspecify.annotations.Nullable;

/**
 * What a complaint concerns, when the complainant says: a person in the tenant's organisation (for example their own
 * supervisor), a unit, a service, or the managing director (whom routing finds in the organisation). Routing keeps the
 * complaint away from a person it concerns.
 *
 * @param id the person's or unit's id in the tenant's organisation; null for a service and the managing director
 * @param service the service in the complainant's words; only for {@link Kind#SERVICE}
 */
public record Concerns(
        @Nullable Kind kind, @Nullable String id, @Nullable String service) {

    public enum Kind {
        PERSON,
        UNIT,
        SERVICE,
        /** The company's top leader: the report goes to the routine's alternative receiver (aml. § 2 A-6). */
        MANAGING_DIRECTOR;

        /** Whether the kind names an id in the organisation. */
        public boolean named() {
            return this == PERSON || this == UNIT;
        }
    }
}
