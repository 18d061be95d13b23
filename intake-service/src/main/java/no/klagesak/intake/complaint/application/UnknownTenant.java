package no.klagesak.intake.complaint.application;

/** No tenant by that id is served here. */
public class UnknownTenant extends RuntimeException {

    public UnknownTenant(String tenantId) {
        super("Unknown tenant " + tenantId);
    }
}
