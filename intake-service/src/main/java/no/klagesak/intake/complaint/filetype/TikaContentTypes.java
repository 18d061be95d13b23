package no.klagesak.intake.complaint.filetype;

import no.klagesak.intake.complaint.application.port.ContentTypes;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/** Tika's detection from the bytes alone: no file name is given, so a renamed file is seen for what it is. */
@Component
class TikaContentTypes implements ContentTypes {

    private final Tika tika = new Tika();

    @Override
    public String detect(byte[] content) {
        String type = tika.detect(content);
        // Tika names the text family by what it found; plain text is what is allowed.
        return type.startsWith("text/plain") ? "text/plain" : type;
    }
}
