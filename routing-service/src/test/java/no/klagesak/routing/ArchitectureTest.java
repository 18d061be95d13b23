package no.klagesak.routing;

import no.klagesak.support.test.DomainRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_assignment_domain_is_free_of_spring_mongo_and_kafka() {
        DomainRules.domainIsFreeOfFrameworks("no.klagesak.routing", "no.klagesak.routing.assignment");
    }

    @Test
    void the_deviation_domain_is_free_of_spring_mongo_and_kafka() {
        DomainRules.domainIsFreeOfFrameworks("no.klagesak.routing", "no.klagesak.routing.deviation");
    }
}
