package no.klagesak.support.web;

import java.nio.charset.Charset;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A file the browser saves rather than shows, and no cache keeps: a letter, an export, a complaint's file. */
public final class Downloads {

    private Downloads() {}

    /** A 200 answer with the file's name; the caller adds the content type and the body. */
    public static ResponseEntity.BodyBuilder attachment(String fileName) {
        return of(ContentDisposition.attachment().filename(fileName).build());
    }

    /** The same, the name encoded in {@code charset} (a name a complainant gave, in any language). */
    public static ResponseEntity.BodyBuilder attachment(String fileName, Charset charset) {
        return of(ContentDisposition.attachment().filename(fileName, charset).build());
    }

    private static ResponseEntity.BodyBuilder of(ContentDisposition disposition) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore());
    }
}
