package no.klagesak.intake.complaint.model;

import org.jspecify.annotations.Nullable;

/** A file as it arrives with a complaint, before it is checked. */
public record Upload(@Nullable String name, byte[] content) {

    /** The name without any path, trimmed and shortened, for showing; never used to decide the type. */
    public String safeName() {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip().replaceAll("[\\p{Cntrl}]", "");
        if (base.isEmpty()) base = "vedlegg";
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
