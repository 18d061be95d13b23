package no.klagesak.intake.complaint.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.klagesak.intake.complaint.application.port.Attachments;
import no.klagesak.intake.complaint.application.port.ContentTypes;
import no.klagesak.intake.complaint.model.Attachment;

/** Attachment content for domain tests, and a type detector that knows PDF and PNG by their first bytes. */
class InMemoryAttachments implements Attachments {

    final Map<String, byte[]> stored = new HashMap<>();

    static final ContentTypes MAGIC = content -> {
        String start =
                new String(content, 0, Math.min(8, content.length), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) return "application/pdf";
        if (start.startsWith("\u0089PNG")) return "image/png";
        return "application/octet-stream";
    };

    @Override
    public void store(String tenantId, String complaintId, Attachment attachment, byte[] content) {
        stored.put(tenantId + "/" + complaintId + "/" + attachment.id(), content);
    }

    @Override
    public Optional<byte[]> read(String tenantId, String complaintId, Attachment listed) {
        return Optional.ofNullable(stored.get(tenantId + "/" + complaintId + "/" + listed.id()));
    }
}
