package dev.baton.document;

import java.util.List;

/** A website for a business, a place or an offer: the default profile. */
final class WebDomain {

    static final DomainProfile PROFILE = new DomainProfile("web", "website",
            List.of("A first-time visitor understands what {brand} offers within 5 seconds of the page loading.",
                    "At least 5 % of visitors use the primary call to action in the first month.",
                    "The page meets WCAG 2.1 AA with zero errors from an automated audit.",
                    "The page loads in under 2.5 s (largest contentful paint) on a mid-range phone over 4G."),
            List.of(new Persona("First-time visitor", "to understand quickly what {brand} offers and whether it is for them"),
                    new Persona("Returning customer", "to find contact details and news without searching"),
                    new Persona("Site owner", "to keep text and brand colours current without a developer")),
            List.of(new Feature("Clear value proposition", "A headline and one sentence that say what {idea} offers."),
                    new Feature("Offer at a glance", "The main offerings, each with a heading and a short description."),
                    new Feature("One call to action", "A single, prominent next step: get in touch, order or sign up."),
                    new Feature("Contact and visit details", "How to reach {brand}, in the footer of every page."),
                    new Feature("Accessible, responsive layout", "Readable on phones and desktops, usable with keyboard and screen reader.")),
            List.of(new Story("First-time visitor", "to understand what {brand} offers within a few seconds",
                            "I can decide whether it is for me",
                            "I open the home page on a phone", "it has loaded",
                            "the headline, a one-sentence description and the call to action are visible without scrolling"),
                    new Story("First-time visitor", "to see the main offerings at a glance", "I can find what interests me",
                            "the home page", "I reach the features section",
                            "it lists at least three offerings, each with a heading and a short description"),
                    new Story("Returning customer", "to find how to get in touch", "I can visit or ask a question",
                            "any page", "I look at the footer", "contact details and the brand name are there"),
                    new Story("Returning customer", "one clear call to action", "I can act without hunting for it",
                            "the hero section", "I activate the call to action with keyboard or pointer",
                            "I reach the contact form and the keyboard focus is visible"),
                    new Story("Site owner", "to change the brand colour in one place", "the site stays on brand without a developer",
                            "the stylesheet", "I change the --brand custom property",
                            "every branded element uses the new colour and text contrast stays at least 4.5:1"),
                    new Story("Visitor who uses a screen reader", "proper headings, labels and image descriptions",
                            "I can use the site without seeing it", "the page", "it is audited against WCAG 2.1 AA",
                            "there are no errors for alt text, form labels, heading order, language or contrast")),
            "Largest contentful paint under 2.5 s and total page weight under 500 KB on a mid-range phone over 4G.",
            List.of("Online payments and ordering", "User accounts and log-in", "A content management system",
                    "Languages other than the first one"),
            List.of("Which single action matters most for the call to action: visit, order, book or subscribe?",
                    "Who owns the copy and the photos, and who approves them?",
                    "Is a privacy-friendly analytics tool wanted, and under which consent rules?"));

    private WebDomain() {
    }
}
