package dev.baton.remote;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;

/**
 * The broker's destinations and the message properties Baton uses on them. Stages go to the queue
 * {@value #STAGES}, one message each, with the coordinator's reply queue as {@code JMSReplyTo};
 * workers answer there ({@link WorkerReply}); a stage to be cancelled (stopped, or superseded by a
 * new dispatch) is named on the topic {@value #CONTROL}, which every worker hears, and on the same topic
 * each coordinator that waits for stages says it is alive, naming its reply queue in {@value #COORDINATOR}.
 */
final class Channels {

    /** The queue of stages waiting for a worker. */
    static final String STAGES = "baton.stages";
    /** The topic of cancellations. */
    static final String CONTROL = "baton.control";
    /** The message property holding the attempt token of the dispatch a message is about. */
    static final String TOKEN = "batonToken";
    /** The message property holding the name of the reply queue of a coordinator that says it is alive. */
    static final String COORDINATOR = "batonCoordinator";
    /** How long a worker's reply is kept when nobody reads it (its coordinator is gone), in ms. */
    static final long REPLY_TIME_TO_LIVE = 10 * 60 * 1000L;

    private Channels() {
    }

    /**
     * The name of a queue (a coordinator's reply queue names the coordinator).
     *
     * @throws JMSRuntimeException if the client cannot say it
     */
    static String name(Queue queue) {
        try {
            return queue.getQueueName();
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
