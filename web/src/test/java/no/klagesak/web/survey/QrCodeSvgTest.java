package no.klagesak.web.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code's path, drawn as a browser would, reads back as the link (zxing, as a phone's camera app). */
class QrCodeSvgTest {

    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

    @Test
    void the_drawn_code_reads_as_the_link_with_its_quiet_zone() throws Exception {
        String link = "https://klagesak.example/t/fjordvekst/undersokelse/abcdefghijklmnopqrstuvwxyz012345?lang=ar";
        QrCodeSvg code = QrCodeSvg.of(link);

        assertThat(MODULE.matcher(code.path()).replaceAll(""))
                .as("nothing but modules")
                .isEmpty();
        assertThat(read(code, 4)).isEqualTo(link);
        assertThat(code.path()).startsWith("M4,4h1v1h-1z");
    }

    private static String read(QrCodeSvg code, int pixelsPerModule) throws Exception {
        int side = code.size() * pixelsPerModule;
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLACK);
        var modules = MODULE.matcher(code.path());
        while (modules.find()) {
            g.fillRect(
                    Integer.parseInt(modules.group(1)) * pixelsPerModule,
                    Integer.parseInt(modules.group(2)) * pixelsPerModule,
                    pixelsPerModule,
                    pixelsPerModule);
        }
        g.dispose();
        int[] pixels = image.getRGB(0, 0, side, side, null, 0, side);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
                .getText();
    }
}
