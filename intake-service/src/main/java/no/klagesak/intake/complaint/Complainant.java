package no.klagesak.intake.complaint;

import org.jspecify.annotations.Nullable;

/** The person behind a named complaint. Personal data: kept in intake's store, shown only to those handling the case. */
public record Complainant(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address) {}
