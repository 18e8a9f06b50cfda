package dev.baton.scoring;

import dev.baton.findings.FindingsBlock;
import dev.baton.role.Inputs;
import dev.baton.role.PngInfo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of output reviewers tell apart, by path and content. */
public enum OutputKind {
    HTML, CSS, REPORT, MARKDOWN, ZIP, PNG, CODE, TEXT, BINARY, EMPTY;

    /** The kind of a file: by its bytes for archives and images, else by its extension, else by its text. */
    public static OutputKind of(String path, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return EMPTY;
        }
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".zip") || bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return ZIP;
        }
        if (p.endsWith(".png") || PngInfo.read(bytes).isPresent()) {
            return PNG;
        }
        if (Inputs.isHtml(p)) {
            return HTML;
        }
        if (p.endsWith(".css")) {
            return CSS;
        }
        if (p.endsWith(".py") || p.endsWith(".js") || p.endsWith(".mjs") || p.endsWith(".ts") || p.endsWith(".java")
                || p.endsWith(".sh")) {
            return CODE;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
            return BINARY;
        }
        return ofText(p, text);
    }

    /** The kind of a text. */
    public static OutputKind ofText(String path, String text) {
        if (text.isBlank()) {
            return EMPTY;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return HTML;
        }
        if (FindingsBlock.read(text).isPresent()) {
            return REPORT;
        }
        if (path.endsWith(".md") || path.endsWith(".markdown") || text.lines().anyMatch(l -> l.matches("^#{1,6}\\s+\\S.*"))) {
            return MARKDOWN;
        }
        return TEXT;
    }

    /** Whether it is a document people read: Markdown, a report or plain text. */
    public boolean isDocument() {
        return this == MARKDOWN || this == REPORT || this == TEXT;
    }
}
