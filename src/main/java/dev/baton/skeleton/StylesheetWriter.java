package dev.baton.skeleton;

import dev.baton.document.DesignVariables;
import dev.baton.document.Tone;
import dev.baton.web.Contrast;
import dev.baton.web.Rgb;

import java.util.Locale;

/**
 * Writes the stylesheet of a generated page: mobile-first, flexbox and grid, every colour a custom
 * property of {@code :root}. Text colours are computed, not guessed: the text on the brand colour
 * is black or white, whichever contrasts more, and the brand colour used for text on white is the
 * nearest shade that reaches 4.5:1. Every rule that paints a background also declares its text
 * colour, so that the accessibility audit can check each pair. The tone sets spacing, corner
 * radius and whether the hero sits on the brand colour (minimal keeps it on white).
 */
public final class StylesheetWriter {

    static final Rgb TEXT = new Rgb(0x1f, 0x29, 0x37);
    static final Rgb MUTED = new Rgb(0x4b, 0x55, 0x63);
    static final Rgb SURFACE = new Rgb(0xf3, 0xf4, 0xf6);
    static final Rgb FOOTER = new Rgb(0x11, 0x18, 0x27);
    static final Rgb FOOTER_TEXT = new Rgb(0xf9, 0xfa, 0xfb);

    private StylesheetWriter() {
    }

    /** The stylesheet for a page. */
    public static String write(PageModel m) {
        DesignVariables d = m.design();
        Rgb brand = d.primaryColor();
        Rgb onBrand = Contrast.textOn(brand);
        Rgb ink = Contrast.adjust(brand, Rgb.WHITE, Contrast.NORMAL_TEXT);
        boolean heroOnBrand = d.tone() != Tone.MINIMAL;
        String space = String.format(Locale.ROOT, "%.2frem", d.tone().sectionSpacingRem()).replaceAll("0+rem$", "rem").replace(".rem", "rem");
        return """
                /*
                 * %s: generated stylesheet.
                 * Colours are design variables; text colours were computed for WCAG 2.1 AA contrast.
                 */
                :root {
                  --brand: %s;
                  --on-brand: %s;
                  --brand-ink: %s;
                  --text: %s;
                  --muted: %s;
                  --page: #ffffff;
                  --surface: %s;
                  --footer: %s;
                  --footer-text: %s;
                  --radius: %s;
                  --space: %s;
                  --max-width: 68rem;
                  --font: %s;
                }

                *,
                *::before,
                *::after {
                  box-sizing: border-box;
                }

                body {
                  margin: 0;
                  font-family: var(--font);
                  line-height: 1.6;
                  color: var(--text);
                  background: var(--page);
                }

                img {
                  max-width: 100%%;
                  height: auto;
                }

                a {
                  color: var(--brand-ink);
                }

                a:focus-visible,
                button:focus-visible,
                input:focus-visible,
                textarea:focus-visible {
                  outline: 3px solid var(--brand-ink);
                  outline-offset: 2px;
                }

                .container {
                  width: min(100%% - 2rem, var(--max-width));
                  margin-inline: auto;
                }

                .skip-link {
                  position: absolute;
                  left: -999px;
                  top: 0;
                  padding: 0.5rem 1rem;
                  color: var(--on-brand);
                  background: var(--brand);
                }

                .skip-link:focus {
                  left: 1rem;
                }

                .site-header {
                  border-bottom: 1px solid var(--surface);
                }

                .header-inner {
                  display: flex;
                  flex-direction: column;
                  gap: 0.75rem;
                  padding-block: 1rem;
                }

                .brand {
                  font-size: 1.25rem;
                  font-weight: 700;
                  text-decoration: none;
                  color: var(--text);
                  background: var(--page);
                }

                .nav-list {
                  display: flex;
                  flex-wrap: wrap;
                  gap: 1rem;
                  margin: 0;
                  padding: 0;
                  list-style: none;
                }

                .hero {
                  padding-block: calc(var(--space) * 2);
                  color: %s;
                  background: %s;
                }

                .hero h1 {
                  margin: 0 0 1rem;
                  font-size: clamp(2rem, 6vw, 3.5rem);
                  line-height: 1.1;
                }

                .lead {
                  max-width: 40rem;
                  font-size: 1.25rem;
                }

                .button {
                  display: inline-block;
                  padding: 0.75rem 1.5rem;
                  border: 0;
                  border-radius: var(--radius);
                  font: inherit;
                  font-weight: 700;
                  text-decoration: none;
                  cursor: pointer;
                  color: var(--on-brand);
                  background: var(--brand);
                }

                .hero .button {
                  color: %s;
                  background: %s;
                }

                .section {
                  padding-block: var(--space);
                }

                .section-alt {
                  color: var(--text);
                  background: var(--surface);
                }

                .grid {
                  display: grid;
                  grid-template-columns: 1fr;
                  gap: 1.5rem;
                  margin: 0;
                  padding: 0;
                  list-style: none;
                }

                .card {
                  padding: 1.5rem;
                  border: 1px solid var(--surface);
                  border-radius: var(--radius);
                  color: var(--text);
                  background: var(--page);
                }

                .card h3 {
                  margin-top: 0;
                }

                .testimonial {
                  margin: 0;
                }

                .testimonial blockquote {
                  margin: 0 0 0.75rem;
                  font-style: italic;
                }

                .cta-band {
                  padding-block: var(--space);
                  text-align: center;
                  color: var(--on-brand);
                  background: var(--brand);
                }

                .cta-band .button {
                  color: var(--text);
                  background: var(--page);
                }

                .contact-form {
                  display: grid;
                  gap: 1rem;
                  max-width: 32rem;
                }

                .field {
                  display: grid;
                  gap: 0.25rem;
                }

                input,
                textarea {
                  padding: 0.625rem 0.75rem;
                  border: 1px solid var(--muted);
                  border-radius: var(--radius);
                  font: inherit;
                  color: var(--text);
                  background: var(--page);
                }

                .form-note {
                  font-size: 0.875rem;
                  color: var(--muted);
                  background: var(--surface);
                }

                .site-footer {
                  padding-block: var(--space);
                  color: var(--footer-text);
                  background: var(--footer);
                }

                .site-footer a {
                  color: var(--footer-text);
                  background: var(--footer);
                }

                .footer-brand {
                  font-size: 1.25rem;
                  font-weight: 700;
                }

                @media (min-width: 48rem) {
                  .header-inner {
                    flex-direction: row;
                    align-items: center;
                    justify-content: space-between;
                  }

                  .grid {
                    grid-template-columns: repeat(2, 1fr);
                  }

                  .grid-3 {
                    grid-template-columns: repeat(3, 1fr);
                  }
                }

                @media (min-width: 64rem) {
                  .grid {
                    grid-template-columns: repeat(3, 1fr);
                  }
                }
                """.formatted(d.brand().replace("*/", ""), brand.hex(), onBrand.hex(), ink.hex(), TEXT.hex(), MUTED.hex(),
                SURFACE.hex(), FOOTER.hex(), FOOTER_TEXT.hex(), d.tone().radius(), space, d.fontStack(),
                heroOnBrand ? "var(--on-brand)" : "var(--text)", heroOnBrand ? "var(--brand)" : "var(--page)",
                heroOnBrand ? "var(--text)" : "var(--on-brand)", heroOnBrand ? "var(--page)" : "var(--brand)");
    }
}
