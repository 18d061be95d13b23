package no.klagesak.intake.archive;

import static no.klagesak.intake.complaint.model.CaseJournalTest.complaint;
import static no.klagesak.intake.complaint.model.CaseJournalTest.message;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.contracts.CaseState;
import no.klagesak.intake.complaint.model.CaseJournal;
import no.klagesak.intake.complaint.model.CaseRecord;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.Channel;
import no.klagesak.intake.complaint.model.Complainant;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.intake.complaint.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long a year's Noark 5 extract takes to make, documents included, and how big it is: {@code
 * -Dklagesak.benchmark=true -Dklagesak.benchmark.cases=N} (default 300 cases, each with the complaint and four
 * messages of about 1,500 characters). Results in docs/benchmarks.md; no assertion on time.
 */
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
class ArchiveExtractBenchmark {

    @Test
    void a_years_extract() {
        int cases = Integer.getInteger("klagesak.benchmark.cases", 300);
        String words = "Veilederen min har ikke svart på seks uker, og jeg vet ikke hva som skjer videre. ".repeat(18);
        List<CaseJournal> year = new ArrayList<>();
        for (int n = 1; n <= cases; n++) {
            List<Message> conversation = new ArrayList<>();
            for (var kind : List.of(
                    Message.Kind.QUESTION, Message.Kind.INFORMATION, Message.Kind.ANSWER, Message.Kind.DECISION)) {
                var m = message(kind, "2026-03-1" + conversation.size() + "T10:00:00Z", null);
                conversation.add(m.withText(words));
            }
            year.add(CaseJournal.of(new CaseRecord(
                    complaint(n, Track.COMPLAINT, Channel.WEB_FORM, new Complainant("Kari Nordmann", null, null, null)),
                    conversation,
                    ComplainantState.RECEIVED,
                    new CaseStanding(CaseState.CLOSED, null, "UPHELD", Instant.parse("2026-03-20T10:00:00Z"), 5L),
                    null)));
        }
        // Warm-up: one small extract, so the first font load and class loading are not counted.
        write(year.subList(0, Math.min(5, cases)));
        Runtime.getRuntime().gc();
        long before = System.nanoTime();
        long bytes = write(year);
        double seconds = (System.nanoTime() - before) / 1e9;
        var contents = NoarkExtract.contentsOf(year);
        System.out.printf(
                "ARCHIVE-BENCHMARK cases=%d records=%d documents=%d seconds=%.1f documents/s=%.0f zip-MB=%.1f heap-used-MB=%d%n",
                contents.cases(),
                contents.records(),
                contents.documents(),
                seconds,
                contents.documents() / seconds,
                bytes / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
    }

    private static long write(List<CaseJournal> cases) {
        var counting = new CountingStream();
        new NoarkExtract(
                        new NoarkExtract.Creator("fjordvekst", "Fjordvekst AS"),
                        2026,
                        new NoarkExtract.Made(Instant.parse("2027-01-05T08:00:00Z"), "fjordvekst-admin"),
                        cases)
                .writeZip(counting);
        return counting.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
