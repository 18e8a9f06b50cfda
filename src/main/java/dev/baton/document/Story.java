package dev.baton.document;

import dev.baton.role.Words;

/**
 * A user story with its acceptance criterion.
 *
 * @param persona who wants it
 * @param want    what they want
 * @param benefit why
 * @param given   the criterion's context
 * @param when    its action
 * @param then    its observable outcome
 */
public record Story(String persona, String want, String benefit, String given, String when, String then) {

    /** "As a …, I want …, so that …." */
    public String sentence() {
        return "As " + Words.nounPhrase(persona) + ", I want " + want + ", so that " + benefit + ".";
    }

    /** "Given …, when …, then …." */
    public String criterion() {
        return "Given " + given + ", when " + when + ", then " + then + ".";
    }
}
