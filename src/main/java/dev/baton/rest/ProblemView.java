package dev.baton.rest;

import dev.baton.pipeline.Problem;

/**
 * One problem of a pipeline file, where it is.
 *
 * @param source  the file (or the name the API gave the posted text)
 * @param line    1-based line
 * @param column  1-based column
 * @param code    the message's stable code
 * @param message what is wrong
 */
public record ProblemView(String source, int line, int column, String code, String message) {

    static ProblemView of(Problem p) {
        return new ProblemView(p.source(), p.position().line(), p.position().column(), p.code(), p.message());
    }
}
