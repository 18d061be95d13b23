package no.klagesak.intake.complaint.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many files, how large, and of which types a complaint may bring. The type is read from the content, so a
 * program renamed to {@code .pdf} is refused.
 */
public record AttachmentRules(int maxCount, long maxBytesEach, long maxBytesTotal, Set<String> allowedTypes) {

    /** Three files of at most 5 MB, 10 MB together: PDF, PNG, JPEG or plain text. */
    public static final AttachmentRules STANDARD = new AttachmentRules(
            3, 5L * 1024 * 1024, 10L * 1024 * 1024, Set.of("application/pdf", "image/png", "image/jpeg", "text/plain"));

    /** Field to problem, for each upload in {@code attachments[i]}; empty when all may be stored. */
    public Map<String, String> problems(List<Upload> uploads, List<String> detectedTypes) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (uploads.size() > maxCount) problems.put("attachments", "too-many");
        long total = 0;
        for (int i = 0; i < uploads.size(); i++) {
            long size = uploads.get(i).content().length;
            total += size;
            if (size == 0) {
                problems.put("attachments[" + i + "]", "empty");
            } else if (size > maxBytesEach) {
                problems.put("attachments[" + i + "]", "too-large");
            } else if (!allowedTypes.contains(detectedTypes.get(i))) {
                problems.put("attachments[" + i + "]", "type-not-allowed");
            }
        }
        if (total > maxBytesTotal) problems.putIfAbsent("attachments", "too-large");
        return problems;
    }
}
