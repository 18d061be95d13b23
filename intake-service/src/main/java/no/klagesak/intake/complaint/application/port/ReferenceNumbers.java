package no.klagesak.intake.complaint.application.port;

import java.time.Year;

/** Hands out the human-readable reference numbers a complainant quotes, one series per tenant and year. */
public interface ReferenceNumbers {

    /** The next number, e.g. {@code 2026-00042}. Numbers are never reused; a failed registration leaves a gap. */
    String next(String tenantId, Year year);
}
