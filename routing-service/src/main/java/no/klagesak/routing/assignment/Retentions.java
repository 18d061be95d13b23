package no.klagesak.routing.assignment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** How long routing's cases are kept, and their legal holds. Every read but the watch's names the tenant. */
public interface Retentions {

    /**
     * The ended cases of every tenant whose content is still there and that were not promised {@code key} yet, read as
     * they are used (years of closed cases do not fit in memory at once); close the stream.
     */
    Stream<RetentionFile> endedAndKept(String key);

    Optional<RetentionFile> find(String tenantId, String complaintId);

    /** The tenant's cases with a legal hold on, longest held first. */
    List<RetentionFile> held(String tenantId);

    /** Places the hold in one write, only if none is on. Answers whether it did. */
    boolean place(String tenantId, String complaintId, LegalHold hold);

    /**
     * Releases the hold that is on, in one write, only if it is still the one placed at {@code released.placedAt()}.
     * Answers whether it did.
     */
    boolean release(String tenantId, String complaintId, LegalHold released);
}
