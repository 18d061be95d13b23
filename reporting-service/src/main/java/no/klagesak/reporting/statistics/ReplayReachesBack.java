package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * The rule for a rebuild from the topic (ADR 0019): it may run only when every complaint the facts hold comes back
 * from the events it would replay, that is, when their {@code complaint.received.v1} is still on the topic.
 *
 * <p>That is enough for the complaint's later events too: they have its id as their key, so they follow it on the
 * same partition, and retention deletes a partition's oldest records first. Times are not compared: a complaint may be
 * registered long after it was received, and a topic moved to another cluster or created again starts at offset 0
 * without what it held before; both would fool a rule of timestamps or offsets.
 */
public final class ReplayReachesBack {

    private final Set<String> onTopic = new HashSet<>();

    /** What the rule says, given the facts held. */
    public sealed interface Verdict {}

    /** Every complaint held comes back. */
    public record ReachesBack(long held) implements Verdict {}

    /**
     * {@code missing} of the {@code held} complaints are no longer on the topic; the earliest and the latest of them
     * were received at these times.
     */
    public record FallsShort(long held, long missing, Instant earliestMissing, Instant latestMissing)
            implements Verdict {}

    /** An event the rebuild would replay. */
    public void saw(EventEnvelope event) {
        if (event.data() instanceof ComplaintReceived && event.complaintId() != null) onTopic.add(event.complaintId());
    }

    /** Judges the complaints the facts hold ({@link Facts#held()}) against the events seen. */
    public Verdict judge(Stream<Facts.Held> held) {
        long count = 0;
        long missing = 0;
        @Nullable Instant earliest = null;
        @Nullable Instant latest = null;
        for (var fact : (Iterable<Facts.Held>) held::iterator) {
            count++;
            if (onTopic.contains(fact.complaintId())) continue;
            missing++;
            if (earliest == null || fact.receivedAt().isBefore(earliest)) earliest = fact.receivedAt();
            if (latest == null || fact.receivedAt().isAfter(latest)) latest = fact.receivedAt();
        }
        return earliest == null || latest == null
                ? new ReachesBack(count)
                : new FallsShort(count, missing, earliest, latest);
    }
}
