package no.klagesak.intake.archive.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import no.klagesak.intake.complaint.model.JournalRecord;
import no.klagesak.support.test.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The tenant's journal numbers on the MongoDB-compatible store: one series per journal year, a number for good. */
class MongoJournalNumbersTest {

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "journal-" + UUID.randomUUID());
    private final MongoJournalNumbers numbers = new MongoJournalNumbers(mongo);

    @Test
    void each_journal_year_is_its_own_series_and_a_record_keeps_its_number_in_a_later_extract() {
        // Last year's extract: two cases ended in 2025, one record of them journaled in 2024.
        var december = record("2024-12-30T10:00:00Z");
        var january = record("2025-01-03T10:00:00Z");
        var march = record("2025-03-01T10:00:00Z");
        assertThat(numbers.of("fjordvekst", List.of(december, january, march)))
                .isEqualTo(Map.of(december.systemId(), 1, january.systemId(), 1, march.systemId(), 2));

        // This year's: a case received in December 2025 and ended in 2026 continues 2025's series.
        var receivedLate = record("2025-12-29T10:00:00Z");
        var answered = record("2026-01-08T10:00:00Z");
        assertThat(numbers.of("fjordvekst", List.of(receivedLate, answered)))
                .isEqualTo(Map.of(receivedLate.systemId(), 3, answered.systemId(), 1));

        // Last year's extract made again: the same numbers, none new.
        assertThat(numbers.of("fjordvekst", List.of(march, december, january)))
                .isEqualTo(Map.of(december.systemId(), 1, january.systemId(), 1, march.systemId(), 2));
        assertThat(mongo.getCollection(MongoJournalNumbers.NUMBERS).countDocuments())
                .isEqualTo(5);

        // Another tenant's series starts at 1.
        var theirs = record("2025-02-01T10:00:00Z");
        assertThat(numbers.of("lysheim", List.of(theirs))).isEqualTo(Map.of(theirs.systemId(), 1));
    }

    @Test
    void two_extracts_numbering_at_once_give_each_record_one_number_and_no_number_twice() throws Exception {
        List<JournalRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) records.add(record("2025-05-0" + (1 + i % 9) + "T10:00:00Z"));
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = CompletableFuture.supplyAsync(() -> numbers.of("fjordvekst", records), threads);
            var second = CompletableFuture.supplyAsync(() -> numbers.of("fjordvekst", records.reversed()), threads);
            assertThat(first.get()).isEqualTo(second.get()).hasSize(60);
            assertThat(new HashSet<>(first.get().values())).hasSize(60);
        }
    }

    private static JournalRecord record(String at) {
        return new JournalRecord(
                1, JournalRecord.Direction.INCOMING, Instant.parse(at), "Klage", "Kari", UUID.randomUUID(), null);
    }
}
