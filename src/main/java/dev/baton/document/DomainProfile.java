package dev.baton.document;

import java.util.List;

/**
 * What a kind of product usually needs, the material requirements and pages are drafted from.
 * Texts may hold {@code {brand}} and {@code {idea}} (the idea as a noun phrase), filled by the
 * writers. The five profiles are data, kept in YAML files ({@link DomainProfiles}).
 *
 * @param key          web, app, api, data or tool
 * @param noun         what the product is called in sentences: "website", "service"
 * @param goals        measurable goals
 * @param personas     its users
 * @param features     its main capabilities
 * @param stories      user stories with acceptance criteria
 * @param performance  the performance requirement
 * @param outOfScope   what the first version leaves out
 * @param questions    open questions
 */
public record DomainProfile(String key, String noun, List<String> goals, List<Persona> personas, List<Feature> features,
                            List<Story> stories, String performance, List<String> outOfScope, List<String> questions) {

    /**
     * The profile that fits a text best: an API ("api", "rest", "endpoint"…), a data pipeline
     * ("etl", "ingest"…), a tool ("generator", "cli"…), an app ("app", "platform"…), else a website.
     */
    public static DomainProfile of(String text) {
        String t = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
        if (t.matches("(?s).*\\b(api|apis|rest|restful|endpoints?|fastapi|graphql|microservices?)\\b.*")) {
            return DomainProfiles.API;
        }
        if (t.matches("(?s).*\\b(etl|elt|ingestion|ingest|data pipelines?|warehouse|data model)\\b.*")) {
            return DomainProfiles.DATA;
        }
        if (t.matches("(?s).*\\b(generator|cli|command[- ]line|converter|compiler|library|sdk)\\b.*")) {
            return DomainProfiles.TOOL;
        }
        if (t.matches("(?s).*\\b(app|application|platform|saas|tracker|dashboard|portal)\\b.*")) {
            return DomainProfiles.APP;
        }
        return DomainProfiles.WEB;
    }

    /** A text with {@code {brand}} and {@code {idea}} filled in. */
    public static String fill(String template, String brand, String ideaPhrase) {
        return template.replace("{brand}", brand).replace("{idea}", ideaPhrase);
    }
}
