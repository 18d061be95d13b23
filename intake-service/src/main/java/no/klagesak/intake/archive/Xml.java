package no.klagesak.intake.archive;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.klagesak.intake.complaint.model.JournalRecord;
import org.jspecify.annotations.Nullable;

/** A thin layer over the JDK's StAX writer: elements with text, dates as Noark 5 writes them, errors unchecked. */
final class Xml implements AutoCloseable {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter out;

    private Xml(XMLStreamWriter out) {
        this.out = out;
    }

    /** A document whose root element is in {@code namespace}, the schema named for a reader. */
    static Xml document(OutputStream stream, String root, String namespace, String schema) {
        try {
            var writer = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
            var xml = new Xml(writer);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(namespace);
            writer.writeStartElement(namespace, root);
            writer.writeDefaultNamespace(namespace);
            writer.writeNamespace("xsi", XSI);
            writer.writeAttribute(XSI, "schemaLocation", namespace + " " + schema);
            return xml;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml start(String name) {
        return call(() -> out.writeStartElement(name));
    }

    /** An element with an {@code xsi:type}, as Noark 5 marks a saksmappe and a journalpost. */
    Xml start(String name, String type) {
        start(name);
        return call(() -> out.writeAttribute("xsi", XSI, "type", type));
    }

    Xml attribute(String name, String value) {
        return call(() -> out.writeAttribute(name, value));
    }

    Xml end() {
        return call(out::writeEndElement);
    }

    /** An element with text; none when the value is null. */
    Xml element(String name, @Nullable Object value) {
        if (value == null) return this;
        String text = switch (value) {
            case Instant at -> dateTime(at);
            case LocalDate day -> day.toString();
            default -> value.toString();
        };
        return call(() -> {
            out.writeStartElement(name);
            out.writeCharacters(allowed(text));
            out.writeEndElement();
        });
    }

    /**
     * The text with every character XML 1.0 does not allow (most controls, a lone surrogate, U+FFFE and U+FFFF) as
     * U+FFFD: one complaint's odd character must not make the year's file unreadable.
     */
    static String allowed(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    /** An instant as xs:dateTime with Norway's offset, as an archivist reads it. */
    static String dateTime(Instant at) {
        return OffsetDateTime.ofInstant(at, JournalRecord.OSLO).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public void close() {
        call(() -> {
            out.writeEndDocument();
            out.flush();
            out.close();
        });
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private Xml call(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
