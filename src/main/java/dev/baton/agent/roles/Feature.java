package dev.baton.agent.roles;

/**
 * A capability the product offers.
 *
 * @param title       a short name
 * @param description one sentence
 */
public record Feature(String title, String description) {
}
