package dev.baton.remote;

/**
 * The broker's destinations and the message properties Baton uses on them. Stages go to the queue
 * {@value #STAGES}, one message each, with the coordinator's reply queue as {@code JMSReplyTo};
 * workers answer there ({@link WorkerReply}); a stage to be cancelled (stopped, or superseded by a
 * new dispatch) is named on the topic {@value #CONTROL}, which every worker hears.
 */
final class Channels {

    /** The queue of stages waiting for a worker. */
    static final String STAGES = "baton.stages";
    /** The topic of cancellations. */
    static final String CONTROL = "baton.control";
    /** The message property holding the attempt token of the dispatch a message is about. */
    static final String TOKEN = "batonToken";
    /** How long a worker's reply is kept when nobody reads it (its coordinator is gone), in ms. */
    static final long REPLY_TIME_TO_LIVE = 10 * 60 * 1000L;

    private Channels() {
    }
}
