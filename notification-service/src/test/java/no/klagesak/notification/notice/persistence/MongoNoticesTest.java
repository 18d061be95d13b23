package no.klagesak.notification.notice.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import no.klagesak.notification.notice.Notice;
import no.klagesak.notification.notice.NoticeKind;
import no.klagesak.notification.notice.Notices;
import no.klagesak.support.sealing.Sealer;
import no.klagesak.support.sealing.TenantKeys;
import no.klagesak.support.test.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The sending round's search, on the MongoDB-compatible store: only notices still to be sent, old ones included. */
class MongoNoticesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant STALE_BEFORE = NOW.minusSeconds(300);

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "notices-" + UUID.randomUUID());
    private final Sealer sealer = new Sealer(new TenantKeys(mongo, key(), Clock.systemUTC()));

    @Test
    void the_round_finds_what_is_still_to_be_sent_and_nothing_that_ended() {
        Notices notices = new MongoNotices(mongo, sealer);
        notices.add(notice("sent"));
        notices.add(notice("failed"));
        notices.add(notice("cancelled"));
        notices.add(notice("retried"));
        notices.add(letter("letter"));

        for (int i = 0; i < 4; i++) {
            String id =
                    notices.claimNext(NOW, STALE_BEFORE).orElseThrow().notice().id();
            switch (id) {
                case "sent" -> notices.sent(id, NOW);
                case "failed" -> notices.failed(id, "refused");
                case "cancelled" -> notices.cancelled(id, "withdrawn");
                default -> notices.retryAt(id, NOW.minusSeconds(1), "try again");
            }
        }

        assertThat(mongo.find(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where(MongoNotices.OUTSTANDING)
                                        .exists(true)),
                        Document.class,
                        MongoNotices.COLLECTION))
                .as("the round's index holds only what is still to be sent")
                .extracting(d -> d.getString("_id"))
                .containsExactly("retried");
        assertThat(notices.claimNext(NOW, STALE_BEFORE))
                .as("only the retried one is due again; a letter is never sent by mail")
                .hasValueSatisfying(claimed -> assertThat(claimed.notice().id()).isEqualTo("retried"));
        assertThat(notices.claimNext(NOW, STALE_BEFORE))
                .as("claimed, not yet stale")
                .isEmpty();
        assertThat(notices.claimNext(NOW.plusSeconds(600), NOW.plusSeconds(300)))
                .as("stale after its claimer went away")
                .hasValueSatisfying(claimed -> assertThat(claimed.notice().id()).isEqualTo("retried"));
    }

    @Test
    void notices_stored_before_the_outstanding_mark_are_still_sent() {
        new MongoNotices(mongo, sealer).add(notice("old"));
        mongo.updateFirst(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .is("old")),
                new org.springframework.data.mongodb.core.query.Update().unset(MongoNotices.OUTSTANDING),
                MongoNotices.COLLECTION);
        assertThat(mongo.findById("old", Document.class, MongoNotices.COLLECTION))
                .doesNotContainKey(MongoNotices.OUTSTANDING);

        Notices restarted = new MongoNotices(mongo, sealer);

        assertThat(restarted.claimNext(NOW, STALE_BEFORE))
                .hasValueSatisfying(claimed -> assertThat(claimed.notice().id()).isEqualTo("old"));
    }

    private static Notice notice(String id) {
        return notice(id, "kari@example.org");
    }

    /** A notice without address or phone goes by letter. */
    private static Notice letter(String id) {
        return notice(id, null);
    }

    private static Notice notice(String id, String email) {
        return new Notice(
                id,
                "fjordvekst",
                "c-" + id,
                "FJV-2026-0001",
                NoticeKind.ACKNOWLEDGEMENT,
                Notice.COMPLAINANT,
                email,
                null,
                "nb",
                Map.of(),
                NOW.minusSeconds(60));
    }

    private static String key() {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) 7);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
