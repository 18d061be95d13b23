package no.klagesak.tenants.tenant;

import no.klagesak.contracts.tenant.Template;

/**
 * The platform operator's use case: the tenant as data from a template and its organization in the identity provider
 * (the first admin's login follows, as every person's does). Each step makes only what is missing, so a half-done
 * onboarding is run again to completion and never leaves two tenants or two organizations.
 */
public class OnboardingTenant {

    private final ManagingTenants managing;
    private final IdentityProvider identity;

    public OnboardingTenant(ManagingTenants managing, IdentityProvider identity) {
        this.managing = managing;
        this.identity = identity;
    }

    public Tenant onboard(String alias, String name, Template template, String adminEmail, String by) {
        Tenant tenant = managing.onboard(alias, name, template, adminEmail, by);
        identity.ensureOrganization(tenant.id(), tenant.name());
        return tenant;
    }
}
