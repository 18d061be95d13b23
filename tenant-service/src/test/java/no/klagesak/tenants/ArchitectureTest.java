package no.klagesak.tenants;

import no.klagesak.support.test.DomainRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_tenant_domain_is_free_of_spring_mongo_and_kafka() {
        DomainRules.domainIsFreeOfFrameworks("no.klagesak.tenants", "no.klagesak.tenants.tenant");
    }
}
