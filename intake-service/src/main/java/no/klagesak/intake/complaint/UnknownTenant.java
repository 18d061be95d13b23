package no.klagesak.intake.complaint;

/** No tenant by that id is served here. */
public class UnknownTenant extends RuntimeException {

    public UnknownTenant(String tenantId) {
        super("Unknown tenant " + tenantId);
    }
}
