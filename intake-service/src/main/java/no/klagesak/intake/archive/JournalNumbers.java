package no.klagesak.intake.archive;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klagesak.intake.complaint.model.JournalRecord;

/**
 * The tenant's journal numbers (journalsekvensnummer): one series per journal year, each record numbered once and for
 * good. A record keeps its number in every later extract, so a case received in one year and ended in the next does
 * not share a number with a record the earlier year's extract already delivered.
 */
public interface JournalNumbers {

    /**
     * The number of each record in its journal year ({@link JournalRecord#date()}'s year): the one it was given before,
     * or, in the order given, the next of its year's series. Numbers are never reused; two extracts numbering the same
     * record at once may leave a gap.
     */
    Map<UUID, Integer> of(String tenantId, List<JournalRecord> records);
}
