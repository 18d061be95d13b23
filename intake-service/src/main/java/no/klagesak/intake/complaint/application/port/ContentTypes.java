package no.klagesak.intake.complaint.application.port;

/** Tells a file's type from its bytes. */
public interface ContentTypes {

    /** A media type such as {@code application/pdf}; {@code application/octet-stream} when unknown. */
    String detect(byte[] content);
}
