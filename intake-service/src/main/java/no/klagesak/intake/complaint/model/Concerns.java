package no.klagesak.intake.complaint.model;

import org.jspecify.annotations.Nullable;

/**
 * What a complaint concerns, when the complainant says, in their words rather than the org chart's: their nearest
 * leader, a named person, the managing director, a board member, a unit, a service, or someone outside the company.
 * Routing keeps the complaint away from a person it concerns.
 *
 * @param id the person's or unit's id in the tenant's organisation; for {@link Kind#LINE_MANAGER} the unit the
 *     complainant said they belong to (routing takes its leader as the nearest leader); null otherwise
 * @param service the service in the complainant's words; only for {@link Kind#SERVICE}
 * @param name the name the complainant gave for {@link Kind#PERSON} when the organisation has no one person by that
 *     name (the receiver settles whom it concerns); sealed at rest, never in an event
 */
public record Concerns(
        @Nullable Kind kind,
        @Nullable String id,
        @Nullable String service,
        @Nullable String name) {

    public Concerns(@Nullable Kind kind, @Nullable String id, @Nullable String service) {
        this(kind, id, service, null);
    }

    public enum Kind {
        /** The complainant's nearest leader: the leader of the unit they name, else the tenant's default receiver. */
        LINE_MANAGER,
        PERSON,
        UNIT,
        SERVICE,
        /** The company's top leader: the report goes to the routine's alternative receiver (aml. § 2 A-6). */
        MANAGING_DIRECTOR,
        /** A member of the board: routed as usual, never to a board member. */
        BOARD_MEMBER,
        /** Someone outside the company (a customer, NAV, a partner): routed as usual. */
        OUTSIDE;

        /** Whether the kind names an id in the organisation. */
        public boolean named() {
            return this == PERSON || this == UNIT || this == LINE_MANAGER;
        }
    }
}
