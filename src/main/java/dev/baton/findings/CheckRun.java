package dev.baton.findings;

import java.util.List;

/** One run of a checker over some files: the files it checked and what it found. */
public interface CheckRun {

    /** The files checked, relative to the run folder. */
    List<String> files();

    /** The findings, in {@link Finding#ORDER}. */
    List<Finding> findings();
}
