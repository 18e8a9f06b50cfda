package dev.baton.cli;

import dev.baton.record.BatonHome;
import dev.baton.runtime.PrivateHome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the log of JBeret, Weld and Baton (java.util.logging) to {@code BATON_HOME/logs/baton.log}
 * instead of the terminal, which belongs to the command's own output.
 */
final class Logging {

    private Logging() {
    }

    static void toFile() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$s [%3$s] %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Path logs = PrivateHome.directory(BatonHome.current().resolve("logs"));
            Handler file = new FileHandler(logs.resolve("baton.log").toString(), 5_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            // a log that cannot be written (a full disk) stays quiet: the terminal is for Baton's own lines
            file.setErrorManager(new java.util.logging.ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                }
            });
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // no log file: the command still runs, quietly
            root.setLevel(Level.OFF);
        }
    }
}
