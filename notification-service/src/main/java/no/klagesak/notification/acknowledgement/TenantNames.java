package no.klagesak.notification.acknowledgement;

/** The name a tenant signs its letters with. */
public interface TenantNames {

    String nameOf(String tenantId);
}
