package no.klagesak.intake.complaint.model;

import org.jspecify.annotations.Nullable;

/**
 * The person behind a named complaint. Personal data: kept in intake's store, shown only to those handling the case.
 *
 * @param representing when someone complains for another person: their relation to that person, and that the person
 *     consented
 */
public record Complainant(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable Representation representing) {

    public Complainant(String name, @Nullable String email, @Nullable String phone, @Nullable String address) {
        this(name, email, phone, address, null);
    }

    /**
     * A representative's relation to the person they complain for (for example "mother", "guardian", "union
     * representative"), and whether that person consented to the complaint.
     */
    public record Representation(@Nullable String relation, boolean consented) {}
}
