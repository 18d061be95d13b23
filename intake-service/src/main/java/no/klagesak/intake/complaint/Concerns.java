package no.klagesak.intake.complaint;

import org.jspecify.annotations.Nullable;

/**
 * What a complaint concerns, when the complainant says: a person in the tenant's organisation (for example their own
 * supervisor), a unit, or a service. Routing keeps the complaint away from a person it concerns.
 *
 * @param id the person's or unit's id in the tenant's organisation; null for a service
 * @param service the service in the complainant's words; only for {@link Kind#SERVICE}
 */
public record Concerns(
        @Nullable Kind kind, @Nullable String id, @Nullable String service) {

    public enum Kind {
        PERSON,
        UNIT,
        SERVICE
    }
}
