package dev.baton.document;

/**
 * A kind of user.
 *
 * @param name who they are, e.g. "First-time visitor"
 * @param need what they need, as a sentence fragment
 */
public record Persona(String name, String need) {
}
