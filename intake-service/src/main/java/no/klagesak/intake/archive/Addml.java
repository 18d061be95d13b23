package no.klagesak.intake.archive;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The extract's description, {@code arkivuttrekk.xml}, in ADDML 8.3 as Arkivverket's Noark 5 template has it: who made
 * the archive and with which system, the period, and each XML file with its schema, its SHA-256 and how many of its
 * main elements it holds, so the archive can check that nothing was lost on the way.
 */
final class Addml {

    static final String NAMESPACE = "http://www.arkivverket.no/standarder/addml";

    private Addml() {}

    /** @param documentFiles how many documents the package holds under {@code dokumenter/} */
    static void write(OutputStream out, NoarkExtract extract, Map<String, byte[]> files, int documentFiles) {
        var contents = extract.contents();
        try (var xml = Xml.document(out, "addml", NAMESPACE, "addml.xsd")) {
            xml.attribute("name", "Noark 5-arkivuttrekk")
                    .start("dataset")
                    .element("description", "Noark 5-arkivuttrekk");
            xml.start("reference").start("context").start("additionalElements");
            xml.start("additionalElement")
                    .attribute("name", "recordCreators")
                    .start("additionalElements")
                    .start("additionalElement")
                    .attribute("name", "recordCreator")
                    .element("value", extract.creator().name())
                    .end()
                    .end()
                    .end();
            additional(xml, "systemType", "Sakarkiv (Noark-5)");
            additional(xml, "systemName", "Klagesak");
            additional(
                    xml, "archive", "Klager og varsler – " + extract.creator().name());
            xml.end().end(); // additionalElements, context
            xml.start("content")
                    .start("additionalElements")
                    .start("additionalElement")
                    .attribute("name", "archivalPeriod")
                    .start("properties");
            property(xml, "startDate", extract.firstDay());
            property(xml, "endDate", extract.lastDay());
            xml.end().end().end().end().end(); // properties, additionalElement, additionalElements, content, reference

            xml.start("dataObjects").start("dataObject").attribute("name", "Noark 5-arkivuttrekk");
            xml.start("properties").start("property").attribute("name", "info").start("properties");
            xml.start("property")
                    .attribute("name", "type")
                    .element("value", "Noark 5")
                    .start("properties");
            property(xml, "version", "5.0");
            xml.end().end(); // properties, property type
            xml.start("property").attribute("name", "additionalInfo").start("properties");
            xml.start("property").attribute("name", "periode").start("properties");
            property(xml, "inngaaendeSkille", "skarpt");
            property(xml, "utgaaendeSkille", "skarpt");
            xml.end().end(); // properties, periode
            typed(xml, "inneholderSkjermetInformasjon", "boolean", true);
            typed(xml, "omfatterDokumenterSomErKassert", "boolean", false);
            typed(xml, "inneholderDokumenterSomSkalKasseres", "boolean", false);
            typed(xml, "inneholderVirksomhetsspesifikkeMetadata", "boolean", false);
            typed(xml, "antallDokumentfiler", "integer", documentFiles);
            xml.end().end().end().end().end(); // additionalInfo's properties and property, info's, properties

            xml.start("dataObjects");
            file(xml, files, "arkivstruktur", Map.of("mappe", contents.cases(), "registrering", contents.records()));
            file(xml, files, "endringslogg", Map.of("endring", 1));
            file(xml, files, "loependeJournal", Map.of("journalregistrering", contents.records()));
            file(xml, files, "offentligJournal", Map.of("journalregistrering", contents.records()));
            xml.end(); // dataObjects
        }
    }

    /** One XML file of the extract: its name, format and checksum, its schema's, and how many of what it holds. */
    private static void file(Xml xml, Map<String, byte[]> files, String name, Map<String, Integer> counts) {
        xml.start("dataObject").attribute("name", name).start("properties");
        fileProperty(xml, name + ".xml", files.get(name + ".xml"));
        xml.start("property")
                .attribute("name", "schema")
                .element("value", "main")
                .start("properties");
        fileProperty(xml, name + ".xsd", files.get(name + ".xsd"));
        xml.start("property")
                .attribute("name", "type")
                .element("value", "XML Schema")
                .start("properties");
        property(xml, "version", "1.0");
        xml.end().end(); // type
        xml.end().end(); // schema
        xml.start("property").attribute("name", "schema").start("properties");
        fileProperty(xml, "metadatakatalog.xsd", files.get("metadatakatalog.xsd"));
        xml.end().end();
        xml.start("property").attribute("name", "info").start("properties");
        for (var count : new java.util.TreeMap<>(counts).entrySet()) {
            xml.start("property")
                    .attribute("name", "numberOfOccurrences")
                    .element("value", count.getKey())
                    .start("properties");
            property(xml, "elementPath", "//" + count.getKey());
            typed(xml, "value", "integer", count.getValue());
            xml.end().end();
        }
        xml.end().end(); // info
        xml.end().end(); // properties, dataObject
    }

    private static void fileProperty(Xml xml, String name, byte[] content) {
        xml.start("property").attribute("name", "file").start("properties");
        property(xml, "name", name);
        xml.start("property")
                .attribute("name", "format")
                .element("value", "XML")
                .start("properties");
        property(xml, "version", "1.0");
        xml.end().end();
        xml.start("property").attribute("name", "checksum").start("properties");
        property(xml, "algorithm", "SHA-256");
        property(xml, "value", sha256(content));
        xml.end().end();
        xml.end().end();
    }

    private static void additional(Xml xml, String name, String value) {
        xml.start("additionalElement")
                .attribute("name", name)
                .element("value", value)
                .end();
    }

    private static void property(Xml xml, String name, Object value) {
        xml.start("property").attribute("name", name).element("value", value).end();
    }

    private static void typed(Xml xml, String name, String type, Object value) {
        xml.start("property")
                .attribute("name", name)
                .attribute("dataType", type)
                .element("value", value)
                .end();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
