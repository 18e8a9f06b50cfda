package dev.baton.stage.memo;

import java.util.Optional;

/**
 * Where memoized results are kept, by key ({@link MemoKey}). The runtime installs one kept in the
 * job repository; until then nothing is kept and no stage reuses anything.
 */
public interface MemoStore {

    /** A store that keeps nothing. */
    MemoStore NONE = new MemoStore() {
        @Override
        public Optional<Memo> find(String key) {
            return Optional.empty();
        }

        @Override
        public void save(String key, Memo memo) {
        }
    };

    /** The result kept under a key, if any. */
    Optional<Memo> find(String key);

    /** Keeps a result under a key, replacing any kept before. */
    void save(String key, Memo memo);

    /** The process's store. */
    static MemoStore current() {
        return Installed.store;
    }

    /** Makes a store the process's. */
    static void install(MemoStore store) {
        Installed.store = store;
    }

    /** The installed store. */
    final class Installed {
        private static volatile MemoStore store = NONE;

        private Installed() {
        }
    }
}
