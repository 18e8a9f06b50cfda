package dev.baton.web;

import dev.baton.role.PngInfo;
import dev.baton.scoring.Inspection;
import dev.baton.scoring.OutputKind;
import dev.baton.scoring.Scorecard;

/**
 * A PNG image: its signature and header read, it is larger than a blank image would be (1 KB), it
 * is at least 100×100 pixels, and, when the stage asked for a size, it has that size.
 */
public final class PngInspection {

    static final int MIN_BYTES = 1_000;
    static final int MIN_SIDE = 100;

    private PngInspection() {
    }

    /**
     * The inspection of an image.
     *
     * @param expected the size the stage asked for, or null
     */
    public static Inspection inspect(String path, byte[] bytes, Dimensions expected) {
        Scorecard card = new Scorecard();
        var info = PngInfo.read(bytes);
        if (info.isEmpty()) {
            card.measure("valid_png", 4, 0).critical(path + " is not a PNG image (its first bytes are not a PNG signature"
                    + " and header); write a real PNG");
            return Inspection.of(path, OutputKind.PNG, card, path + ": not a PNG");
        }
        PngInfo png = info.get();
        card.measure("valid_png", 2, 1).fact("width", png.width()).fact("height", png.height()).fact("bytes", bytes.length);
        boolean big = png.width() >= MIN_SIDE && png.height() >= MIN_SIDE;
        card.measure("dimensions", 1, big ? 1 : 0);
        if (!big) {
            card.critical(path + " is only " + png.width() + "x" + png.height() + " pixels; take the screenshot at a real window size");
        }
        boolean rich = bytes.length >= MIN_BYTES;
        card.measure("content", 1, rich ? 1 : 0);
        if (!rich) {
            card.critical(path + " is only " + bytes.length + " bytes, as a blank image would be; check that the page rendered");
        }
        if (expected != null) {
            boolean matches = png.width() == expected.width() && png.height() == expected.height();
            card.measure("requested_size", 1, matches ? 1 : 0);
            if (!matches) {
                card.suggest(path + " is " + png.width() + "x" + png.height() + " but the stage asked for " + expected
                        + "; take it at that size");
            }
        }
        return Inspection.of(path, OutputKind.PNG, card, path + ": " + png.width() + "x" + png.height() + " PNG, " + bytes.length + " bytes");
    }
}
