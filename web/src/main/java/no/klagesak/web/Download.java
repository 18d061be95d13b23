package no.klagesak.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves rather than shows, never kept in a cache: a letter, an export. */
public final class Download {

    private Download() {}

    public static ResponseEntity<byte[]> of(byte[] content, String contentType, String fileName) {
        return as(contentType, fileName).body(content);
    }

    /** The response's headers, for a body that is written as it comes. */
    public static ResponseEntity.BodyBuilder as(String contentType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore());
    }
}
