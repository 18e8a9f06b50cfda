package dev.baton.runtime;

import org.h2.api.DatabaseEventListener;
import org.h2.command.CommandInterface;
import org.h2.engine.Database;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * As the embedded repository closes, frees the file space of H2's chunks that hold no live data any
 * more, so that H2 decides whether to compact by the data the file holds; and when most of the file
 * is free, has H2 close it as {@code SHUTDOWN COMPACT} does, so that the file stays small.
 *
 * <p>H2 writes every commit as a new chunk at a free place of its file and keeps the chunks that
 * later commits emptied for its retention time (45 s) before it reuses their space. As a database
 * closes, H2 compacts the file when the fill rate of its chunks, the emptied ones counted, is below
 * {@code AUTO_COMPACT_FILL_RATE}: it rewrites up to 16 MB of live data into new chunks. The chunks
 * that rewrite empties are still listed when the file closes, so the next process that opens the
 * file within the retention time starts at a fill rate near half and rewrites the whole repository
 * again as it closes, though it changed next to nothing: every Baton command started within 45 s of
 * the last paid for a rewrite of the repository (0.2 s for one of 8 MB), a cost that grew with the
 * repository's history. And H2 shrinks its file only when it compacts, so a close that does not
 * compact leaves the file as large as the run's commits made it.
 *
 * <p>Installed as H2's listener of a database this process holds, this runs as the database
 * closes, before H2 decides: it forces the file to disk (a chunk the disk still needs is never
 * given up), drops every emptied chunk that no version in use needs, and gives H2 back its
 * retention time. When less than {@value #COMPACT_BELOW_FILL_RATE}% of the file is then in use and at
 * least {@value #KEEP_FREE_BYTES} bytes of it are free, the database closes as {@code SHUTDOWN COMPACT}
 * closes it: H2 copies the data into a new file, its pages compressed, and puts it in the old one's
 * place (a process killed meanwhile leaves the old file, which H2 opens as it was). So the file is at
 * most about twice the data it holds, or the data and {@value #KEEP_FREE_BYTES} bytes, between such
 * closes. Less free space than that is kept: the next run's commits write their chunks into it, and a
 * whole compaction, which copies every row of the repository's history, would cost that run's
 * process more the longer the history (0.13 s for some 12,000 stages) to give back a few MB that
 * the next run takes again.
 *
 * <p>This reaches into H2's store (public methods, not its documented API); should a later H2 not
 * answer them, the database closes as it would have without the listener.
 */
final class DeadChunksAtClose implements DatabaseEventListener {

    private static final Logger LOG = Logger.getLogger(DeadChunksAtClose.class.getName());
    /** The databases already given a listener, held weakly: a closed one goes with its last session. */
    private static final Set<Database> INSTALLED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** The share of the file in use, in percent, under which the database closes as {@code SHUTDOWN COMPACT} does. */
    static final int COMPACT_BELOW_FILL_RATE = 50;
    /** The free bytes of the file under which it is kept as it is: a run of a few hundred stages writes that much. */
    static final long KEEP_FREE_BYTES = 16L << 20;

    private final Database database;

    private DeadChunksAtClose(Database database) {
        this.database = database;
    }

    /** Makes the listener H2's for the database, once; a database in memory has no file and is left alone. */
    static void install(Database database) {
        if (database.isPersistent() && INSTALLED.add(database)) {
            synchronized (database) {
                database.setEventListener(new DeadChunksAtClose(database));
            }
        }
    }

    /** Whether the database has the listener. */
    static boolean installedOn(Database database) {
        return INSTALLED.contains(database);
    }

    @Override
    public void closingDatabase() {
        release(database);
    }

    /**
     * Forces the database's file to disk and frees the space of every chunk that holds no live data
     * and that no version in use needs, whatever their age; H2's retention time is left as it was.
     * With less than {@value #COMPACT_BELOW_FILL_RATE}% of the file then in use and at least
     * {@value #KEEP_FREE_BYTES} bytes of it free, the database is to close as {@code SHUTDOWN COMPACT}
     * closes it. A database without a writable file is left alone.
     */
    static void release(Database database) {
        try {
            Store store = database.getStore();
            MVStore mv = store == null ? null : store.getMvStore();
            FileStore<?> file = mv == null || mv.isClosed() ? null : mv.getFileStore();
            if (file == null || file.isReadOnly()) {
                return;
            }
            // no chunk is written or emptied meanwhile: commits serialize their chunks under the same lock
            file.executeFileStoreOperation(() -> {
                file.sync();
                int retention = file.getRetentionTime();
                file.setRetentionTime(0);
                try {
                    file.dropUnusedChunks();
                } finally {
                    file.setRetentionTime(retention);
                }
            });
            if (file instanceof RandomAccessStore single && single.getFillRate() < COMPACT_BELOW_FILL_RATE
                    && file.size() / 100 * (100 - single.getFillRate()) >= KEEP_FREE_BYTES) {
                database.setCompactMode(CommandInterface.SHUTDOWN_COMPACT);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "the repository's emptied chunks were left to H2's close", e);
        }
    }
}
