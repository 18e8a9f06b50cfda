package dev.baton.document;

/**
 * A capability the product offers.
 *
 * @param title       a short name
 * @param description one sentence
 */
public record Feature(String title, String description) {
}
