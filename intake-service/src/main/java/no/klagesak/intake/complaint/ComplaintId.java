package no.klagesak.intake.complaint;

import java.util.UUID;

public record ComplaintId(String value) {

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }
}
