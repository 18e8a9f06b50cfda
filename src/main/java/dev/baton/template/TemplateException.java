package dev.baton.template;

/** A task template that cannot be rendered; the message names the stage and says why. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }
}
