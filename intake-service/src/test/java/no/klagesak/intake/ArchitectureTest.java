package no.klagesak.intake;

import no.klagesak.support.test.DomainRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_complaint_domain_is_free_of_spring_mongo_and_kafka() {
        DomainRules.domainIsFreeOfFrameworks("no.klagesak.intake", "no.klagesak.intake.complaint");
    }
}
