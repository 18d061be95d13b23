package no.klagesak.intake.complaint.application.port;

import no.klagesak.intake.complaint.model.ReceiptCode;

/**
 * Turns a receipt code into what is stored: a slow, salted hash that finds the complaint again from the code but does
 * not give the code back. The same code for the same tenant always gives the same hash, so it can be looked up; a
 * stolen database does not let anyone try all codes quickly.
 */
public interface ReceiptCodeHashes {

    String hash(String tenantId, ReceiptCode code);
}
