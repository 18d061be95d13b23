package no.klagesak.web.survey;

import io.nayuki.qrcodegen.QrCode;

/**
 * A link as a QR code, drawn as one SVG path: the modules from Project Nayuki's encoder (error correction M), with the
 * quiet zone of four modules the standard asks for. Printed on paper it scales to any size.
 *
 * @param size the side of the square in modules, quiet zone included (the SVG's view box)
 * @param path the dark modules, as one path in module units
 */
public record QrCodeSvg(int size, String path) {

    private static final int QUIET_ZONE = 4;

    public static QrCodeSvg of(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return new QrCodeSvg(code.size + 2 * QUIET_ZONE, path.toString());
    }
}
