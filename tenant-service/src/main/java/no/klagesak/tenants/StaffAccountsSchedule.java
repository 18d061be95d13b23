package no.klagesak.tenants;

import no.klagesak.tenants.account.StaffAccounts;
import no.klagesak.tenants.tenant.Tenant;
import no.klagesak.tenants.tenant.Tenants;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings every tenant's logins in line with its organisation again, now and then: what a change could not do while
 * Keycloak was away is done once it is back. Each run does only what is missing, so replicas may run it side by side.
 */
@Component
@EnableScheduling
class StaffAccountsSchedule {

    private final Tenants tenants;
    private final StaffAccounts accounts;

    StaffAccountsSchedule(Tenants tenants, StaffAccounts accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    @Scheduled(
            initialDelayString = "${klagesak.accounts.reconcile-every:PT30S}",
            fixedDelayString = "${klagesak.accounts.reconcile-every:PT30S}")
    void reconcile() {
        tenants.findAll().stream().filter(Tenant::active).forEach(accounts::reconcile);
    }
}
