package dev.baton.web;

import dev.baton.findings.Finding;
import dev.baton.findings.Severity;
import dev.baton.role.Workspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page parsed with source positions and the parser's error list, so that every check can
 * say on which line a problem is.
 */
public final class HtmlPage {

    private static final int MAX_PARSE_ERRORS = 100;
    private static final Pattern STRAY_END = Pattern.compile("Unexpected EndTag token \\[</([^>]+)>]");

    private final String path;
    private final String source;
    private final Document document;
    private final List<Finding> parseErrors = new ArrayList<>();

    private HtmlPage(String path, String source) {
        this.path = path;
        this.source = source;
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS).setTrackPosition(true);
        this.document = Jsoup.parse(source, "", parser);
        for (ParseError error : parser.getErrors()) {
            parseErrors.add(new Finding("parse-error", Severity.ERROR, path, lineOf(error.getCursorPos()), describe(error)));
        }
    }

    /**
     * Parses a page.
     *
     * @param path   where it is, relative to the run folder
     * @param source its text
     */
    public static HtmlPage parse(String path, String source) {
        return new HtmlPage(path, source);
    }

    public String path() {
        return path;
    }

    public String source() {
        return source;
    }

    public Document document() {
        return document;
    }

    /** What the parser reported, as {@code parse-error} findings. */
    public List<Finding> parseErrors() {
        return List.copyOf(parseErrors);
    }

    /** The line an element starts on, from 1; 1 for an element the parser made up. */
    public static int line(Element element) {
        var start = element.sourceRange().start();
        return start.isTracked() && start.lineNumber() > 0 ? start.lineNumber() : 1;
    }

    /** The local stylesheets the page links, as paths relative to the run folder, in order. */
    public List<String> linkedStylesheets() {
        List<String> sheets = new ArrayList<>();
        for (Element link : document.select("link[rel~=(?i)^stylesheet$][href]")) {
            String target = Workspace.resolveFrom(path, link.attr("href"));
            if (target != null && !sheets.contains(target)) {
                sheets.add(target);
            }
        }
        return sheets;
    }

    private String describe(ParseError error) {
        String where = path + " line " + lineOf(error.getCursorPos());
        Matcher stray = STRAY_END.matcher(error.getErrorMessage());
        if (stray.find()) {
            return where + ": the closing tag </" + stray.group(1) + "> does not match the element open there"
                    + " (misnested or stray); close elements in the reverse order they were opened";
        }
        return where + ": the HTML parser reports '" + error.getErrorMessage() + "'; correct the markup there";
    }

    private static int lineOf(String cursor) {
        try {
            return Integer.parseInt(cursor.substring(0, cursor.indexOf(':')));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
