package dev.baton.doctor;

import dev.baton.runtime.RemoteWorkers;

/** The broker that sends stages to workers, when one is configured ({@code BATON_BROKER}): it answers, with these credentials. */
final class BrokerCheck {

    private BrokerCheck() {
    }

    static Check run() {
        String subject = "broker";
        try {
            String url = RemoteWorkers.probeBroker(null);
            return url == null ? Check.skip(subject, "none (stages run in the run's own process; set BATON_BROKER to send them to workers)")
                    : Check.ok(subject, url + " answers (start workers there with: baton worker --broker " + url + ")");
        } catch (IllegalArgumentException e) {
            return Check.missing(subject, true, e.getMessage(),
                    "start it with 'baton broker', or correct BATON_BROKER, BATON_BROKER_USER and BATON_BROKER_PASSWORD");
        }
    }
}
