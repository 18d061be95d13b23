package no.klagesak.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.klagesak.contracts.Topics;
import no.klagesak.support.test.Containers;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.RealInfrastructure;
import no.klagesak.support.test.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tenants as data in a real MongoDB replica set, shared on a real compacted topic, read with Keycloak's tokens. */
@RealInfrastructure
class RealInfrastructureTest {

    @LocalServerPort
    int port;

    @Test
    void a_tenant_admin_from_keycloak_reads_their_own_tenant_and_not_another_and_the_tenant_is_on_the_topic() {
        TestHttp api = TestHttp.localhost(port);

        var own = api.get("/api/tenants/fjordvekst", Containers.token("fjordvekst-admin"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("Fjordvekst AS");
        assertThat(api.get("/api/tenants/fjordvekst", Containers.token("lysheim-admin"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(KafkaRecords.read(
                                Containers.kafkaBootstrapServers(),
                                Topics.TENANTS,
                                Duration.ofSeconds(30),
                                read -> read.stream().anyMatch(r -> "fjordvekst".equals(r.key())))
                        .stream()
                        .filter(r -> "fjordvekst".equals(r.key())))
                .isNotEmpty();
    }
}
