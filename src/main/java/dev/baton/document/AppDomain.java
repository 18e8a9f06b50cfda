package dev.baton.document;

import java.util.List;

/** An interactive application people sign in to and come back to. */
final class AppDomain {

    static final DomainProfile PROFILE = new DomainProfile("app", "app",
            List.of("A new user completes the core task within 3 minutes of signing up.",
                    "At least 40 % of new users come back within a week.",
                    "Every screen meets WCAG 2.1 AA with zero errors from an automated audit.",
                    "Screens respond to input within 100 ms on a mid-range phone."),
            List.of(new Persona("New user", "to get value from {brand} in the first session"),
                    new Persona("Regular user", "to do the core task quickly, again and again"),
                    new Persona("Administrator", "to manage users and settings safely")),
            List.of(new Feature("Quick sign-up", "An account in under a minute, with only the data that is needed."),
                    new Feature("Core workflow", "The main task of {idea}, in as few steps as possible."),
                    new Feature("Progress overview", "A dashboard that shows where things stand."),
                    new Feature("Settings and privacy", "Control over notifications, data export and deletion."),
                    new Feature("Accessible, responsive interface", "Usable on phones and desktops, with keyboard and screen reader.")),
            List.of(new Story("New user", "to sign up with an e-mail address and a password", "I can start using {brand}",
                            "the sign-up form", "I submit a valid e-mail address and a password of at least 12 characters",
                            "my account is created and I land on the first step of the core workflow"),
                    new Story("Regular user", "to complete the core task in a few steps", "it fits into my day",
                            "I am signed in", "I start the core task", "I can finish it in at most three screens"),
                    new Story("Regular user", "to see my progress at a glance", "I know what to do next",
                            "I have used the app before", "I open the dashboard", "it shows my latest activity and the next step"),
                    new Story("Administrator", "to deactivate an account", "people who left lose access",
                            "an active account", "I deactivate it", "its sessions end within one minute and the action is logged"),
                    new Story("User who uses a screen reader", "labelled controls and a logical focus order",
                            "I can use every feature without a mouse", "any screen", "it is audited against WCAG 2.1 AA",
                            "there are no errors for labels, names, heading order or contrast")),
            "Interactions respond within 100 ms and screens load within 2 s on a mid-range phone over 4G.",
            List.of("Native mobile apps", "Third-party integrations", "Offline mode", "Billing"),
            List.of("Which single task defines success for a new user?",
                    "Which personal data is truly needed, and how long is it kept?",
                    "Is single sign-on needed at launch?"));

    private AppDomain() {
    }
}
