package dev.baton.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContrastTests {

    private static Rgb color(String css) {
        return CssColor.parse(css).orElseThrow();
    }

    @Test
    void ratiosAreThoseOfWcag() {
        assertEquals(21.0, Contrast.ratio(Rgb.BLACK, Rgb.WHITE), 1e-9);
        assertEquals(1.0, Contrast.ratio(Rgb.WHITE, Rgb.WHITE), 1e-9);
        assertEquals("4.48:1", Contrast.format(Contrast.ratio(color("#777"), Rgb.WHITE), 4.5));
        assertTrue(Contrast.ratio(color("#777"), Rgb.WHITE) < Contrast.NORMAL_TEXT);
        assertTrue(Contrast.ratio(color("#595959"), Rgb.WHITE) >= 7.0);
        assertTrue(Contrast.ratio(color("#767676"), Rgb.WHITE) >= Contrast.NORMAL_TEXT);
    }

    @Test
    void aFailingRatioNeverReadsAsTheRequirement() {
        assertEquals("4.499:1", Contrast.format(4.4995, 4.5));
        assertEquals("4.50:1", Contrast.format(4.5, 4.5));
    }

    @Test
    void textOnAColourIsWhicheverOfBlackAndWhiteContrastsMore() {
        assertEquals(Rgb.BLACK, Contrast.textOn(color("#0ea5e9")));
        assertEquals(Rgb.WHITE, Contrast.textOn(color("#1e3a8a")));
    }

    @Test
    void adjustingAColourReachesTheRatioAndStaysNearIt() {
        Rgb adjusted = Contrast.adjust(color("#777777"), Rgb.WHITE, 4.5);
        assertTrue(Contrast.ratio(adjusted, Rgb.WHITE) >= 4.5);
        assertTrue(adjusted.r() >= 0x70, "only a little darker: " + adjusted);
        assertEquals(color("#595959"), Contrast.adjust(color("#595959"), Rgb.WHITE, 4.5));
    }

    @Test
    void colourSyntaxesAreRead() {
        assertEquals(new Rgb(255, 0, 0), color("rgb(255, 0, 0)"));
        assertEquals(new Rgb(255, 0, 0), color("rgb(100% 0% 0%)"));
        assertEquals(new Rgb(255, 0, 0), color("#f00f"));
        assertEquals(new Rgb(0x0e, 0xa5, 0xe9), color("#0EA5E9"));
        assertEquals(new Rgb(128, 128, 128), color("grey"));
        assertTrue(CssColor.parse("rgba(0,0,0,0.5)").isEmpty(), "transparency cannot be judged alone");
        assertTrue(CssColor.parse("transparent").isEmpty());
        assertTrue(CssColor.parse("#12345").isEmpty());
        assertEquals(Rgb.WHITE, CssColor.ofBackground("#fff url(x.png)").orElse(Rgb.WHITE));
        assertTrue(CssColor.ofBackground("linear-gradient(#fff, #000)").isEmpty());
        assertEquals(new Rgb(0, 0, 128), CssColor.ofBackground("navy no-repeat").orElseThrow());
    }
}
