package no.klagesak.support.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;

/** What makes a PDFBox document PDF/A-1b: the embedded fonts, the metadata, the output intent, and how it is saved. */
public final class PdfA {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private PdfA() {}

    /** A font of this jar ({@link #REGULAR}, {@link #BOLD}), embedded in the document as the glyphs it uses. */
    public static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfA.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("Missing font " + resource);
            return PDType0Font.load(document, in);
        }
    }

    /**
     * A font of this jar parsed once, for many documents made one after another ({@link #font(PDDocument,
     * TrueTypeFont)}): parsing the file is most of the cost of a short document. Not for several threads at once.
     */
    public static TrueTypeFont parsed(String resource) throws IOException {
        try (InputStream in = PdfA.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("Missing font " + resource);
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    /** A font parsed before, embedded in the document as the glyphs it uses. */
    public static PDFont font(PDDocument document, TrueTypeFont parsed) throws IOException {
        return PDType0Font.load(document, parsed, true);
    }

    /** PDF/A-1b: the XMP metadata naming the standard, the title in both places, and the sRGB output intent. */
    public static void archival(PDDocument document, String title) throws IOException {
        Calendar now = Calendar.getInstance();
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Klagesak");
        info.setProducer("Klagesak");
        info.setCreationDate(now);
        info.setModificationDate(now);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            var dublinCore = xmp.createAndAddDublinCoreSchema();
            dublinCore.setTitle(title);
            dublinCore.addCreator("Klagesak");
            var basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Klagesak");
            basic.setCreateDate(now);
            basic.setModifyDate(now);
            var pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer("Klagesak");
            var id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(1);
            id.setConformance("B");
            var bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            var metadata = new PDMetadata(document);
            metadata.importXMPMetadata(bytes.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (Exception e) {
            throw new IOException("XMP metadata", e);
        }
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        var intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /** The document's bytes as PDF/A-1 wants them: PDF 1.4, a classic cross-reference table, no object streams. */
    public static byte[] save(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.setVersion(1.4f);
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}
