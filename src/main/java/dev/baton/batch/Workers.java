package dev.baton.batch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code --max-workers} permits of one execution: at most that many stages run at once, and a
 * freed permit goes to the waiting stage that comes first in plan order (a list schedule in file
 * order), whatever order their threads arrived in. Each waiter has a condition of its own, so a
 * freed permit wakes one thread, not all that wait.
 */
final class Workers {

    private final int size;
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<Integer, Condition> waiting = new TreeMap<>();
    private int busy;

    /** @param size the most permits out at once, at least 1 */
    Workers(int size) {
        this.size = Math.max(1, size);
    }

    /**
     * Takes a permit, waiting for it if none is free or a stage earlier in plan order waits.
     *
     * @param position the stage's position in plan order (unique among the stages that ask)
     * @param queued   run once the stage holds a permit or its place in the queue
     */
    void acquire(int position, Runnable queued) throws InterruptedException {
        lock.lock();
        try {
            if (busy < size && waiting.isEmpty()) {
                busy++;
                queued.run();
                return;
            }
            Condition turn = lock.newCondition();
            waiting.put(position, turn);
            queued.run();
            try {
                while (busy >= size || waiting.firstKey() != position) {
                    turn.await();
                }
                busy++;
            } finally {
                waiting.remove(position);
                wakeFirst();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives a permit back. */
    void release() {
        lock.lock();
        try {
            busy--;
            wakeFirst();
        } finally {
            lock.unlock();
        }
    }

    private void wakeFirst() {
        Map.Entry<Integer, Condition> first = waiting.firstEntry();
        if (first != null && busy < size) {
            first.getValue().signal();
        }
    }
}
