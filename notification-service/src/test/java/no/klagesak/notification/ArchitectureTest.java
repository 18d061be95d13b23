package no.klagesak.notification;

import no.klagesak.support.test.DomainRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_notice_domain_is_free_of_spring_mongo_and_kafka() {
        DomainRules.domainIsFreeOfFrameworks("no.klagesak.notification", "no.klagesak.notification.notice");
    }
}
