package no.klagesak.intake.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** An extract checked as an archive checks it: each XML file against the schema packed beside it. */
public final class NoarkExtractProblems {

    private NoarkExtractProblems() {}

    /** The extract's files written under {@code dir} as the zip has them; the XML files' text by their own name. */
    public static Map<String, String> unpack(byte[] zip, Path dir) throws IOException {
        Map<String, String> xml = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                Path file = dir.resolve(entry.getName()).normalize();
                if (!file.startsWith(dir)) throw new IOException("Outside the folder: " + entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                String name = file.getFileName().toString();
                if (name.endsWith(".xml")) xml.put(name, new String(content, StandardCharsets.UTF_8));
            }
        }
        return xml;
    }

    /** Every problem in the five files of the extract in {@code folder}, each named by its file and line. */
    public static List<String> of(Path folder) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : List.of("arkivstruktur", "loependeJournal", "offentligJournal", "endringslogg")) {
            problems.addAll(of(folder, name + ".xml", name + ".xsd"));
        }
        problems.addAll(of(folder, "arkivuttrekk.xml", "addml.xsd"));
        Path documents = folder.resolve("dokumenter");
        if (Files.isDirectory(documents)) {
            try (var pdfs = Files.list(documents)) {
                for (Path pdf : pdfs.toList()) {
                    var result = org.apache.pdfbox.preflight.parser.PreflightParser.validate(pdf.toFile());
                    result.getErrorsList()
                            .forEach(e -> problems.add("dokumenter/" + pdf.getFileName() + ": " + e.getErrorCode() + " "
                                    + e.getDetails()));
                }
            }
        }
        return problems;
    }

    static List<String> of(Path folder, String file, String schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        var validator = factory.newSchema(folder.resolve(schema).toFile()).newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(file + ":" + e.getLineNumber() + " warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(file + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(file + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(folder.resolve(file).toFile()));
        return problems;
    }
}
