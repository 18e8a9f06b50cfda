package dev.baton.runtime;

import dev.baton.record.BatonHome;
import jakarta.transaction.TransactionManager;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import jakarta.batch.operations.JobExecutionNotRunningException;
import org.jberet.operations.AbstractJobOperator;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.JobOperatorContext;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;
import org.jberet.tools.ChainedJobXmlResolver;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;
import org.jberet.tx.LocalTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Baton's JBeret environment in Java SE, the one place that knows SE: batch artifacts from the
 * shared Weld SE container, the JDBC job repository of {@link RepositorySettings} (embedded H2 in
 * {@code BATON_HOME} by default), job XML from {@code META-INF/batch-jobs} and from the stored
 * translations, and an unbounded pool of threads (a split holds one thread while its flows run;
 * a bounded pool can deadlock on nested splits). Registered as the
 * {@code org.jberet.spi.BatchEnvironment} service, so {@code BatchRuntime.getJobOperator()} in
 * any program with Baton on its class path gets this environment.
 */
public final class SeBatchEnvironment implements BatchEnvironment {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Path home;
    private final String repositoryUrl;
    private final DataSource dataSource;
    private final JobRepository repository;
    private final JobXmlResolver resolver;
    private final Ownership ownership;
    private final LeftoverProcesses leftovers;
    private volatile ArtifactFactory artifactFactory;
    private final java.util.concurrent.atomic.AtomicReference<Throwable> lost = new java.util.concurrent.atomic.AtomicReference<>();
    /**
     * Batch threads: as many as splits need, kept briefly when idle. They are not daemons, so a
     * program whose main method returns while a job ends still lets the job record its end.
     */
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> new Thread(r, "baton-batch-" + THREADS.incrementAndGet()));

    /** The environment of {@code BATON_HOME} and the configured repository. */
    public SeBatchEnvironment() {
        this.home = PrivateHome.prepare(BatonHome.current());
        this.repositoryUrl = RepositorySettings.url(home);
        this.dataSource = DataSources.pool(repositoryUrl, home);
        DataSources.check(dataSource, repositoryUrl);
        this.ownership = new Ownership(dataSource);
        this.leftovers = new LeftoverProcesses(dataSource);
        dev.baton.agent.ChildProcesses.listen(leftovers);
        dev.baton.stage.trace.TraceLedger.install(new JdbcTraceLedger(dataSource));
        dev.baton.stage.memo.MemoStore.install(new JdbcMemoStore(dataSource));
        RecordedStepEnds stepEnds = new RecordedStepEnds();
        this.repository = OwningRepository.wrap(new JdbcRepository(dataSource, new Properties()), ownership, stepEnds,
                new StepStopCheck(dataSource));
        dev.baton.batch.StepRecords.install(stepEnds);
        dev.baton.batch.StageOrder.threadPerFlow(); // its batch pool is unbounded (below)
        this.resolver = resolver(getClassLoader());
        this.ownership.onStopRequest(SeBatchEnvironment::stopLocally);
    }

    /** Where job XML comes from: resolvers registered as services (the stored translations), then {@code META-INF/batch-jobs}. */
    public static JobXmlResolver resolver(ClassLoader classLoader) {
        return new ChainedJobXmlResolver(ServiceLoader.load(JobXmlResolver.class, classLoader),
                new MetaInfBatchJobsJobXmlResolver());
    }

    /** The home folder this environment serves. */
    public Path home() {
        return home;
    }

    /** The repository's URL, with any password hidden. */
    public String repositoryDescription() {
        return DataSources.redact(repositoryUrl);
    }

    /**
     * The environment behind this process's standard job operator.
     *
     * @throws IllegalStateException if the batch runtime is not Baton's Java SE one
     */
    public static SeBatchEnvironment current() {
        if (JobOperatorContext.getJobOperatorContext().getJobOperator() instanceof AbstractJobOperator operator
                && operator.getBatchEnvironment() instanceof SeBatchEnvironment se) {
            return se;
        }
        throw new IllegalStateException("the batch runtime of this process is not Baton's Java SE runtime");
    }

    private static void stopLocally(long executionId) {
        try {
            JobOperatorContext.getJobOperatorContext().getJobOperator().stop(executionId);
        } catch (JobExecutionNotRunningException alreadyOver) {
            // it ended on its own meanwhile
        }
    }

    /** The job repository's connections. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Which process runs which execution. */
    public Ownership ownership() {
        return ownership;
    }

    /** The processes stages started, recorded so that a process taking a crashed run over can end what its runner left. */
    LeftoverProcesses leftovers() {
        return leftovers;
    }

    /** Releases the repository's connections. */
    public void close() {
        ownership.close();
        executor.shutdownNow();
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }

    @Override
    public ClassLoader getClassLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : SeBatchEnvironment.class.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        ArtifactFactory factory = artifactFactory;
        if (factory == null) {
            factory = artifactFactory = new WeldArtifactFactory();
        }
        return factory;
    }

    /**
     * Runs a task of the batch runtime. A task that dies of an error the runtime did not catch
     * (its repository could not be written: a full disk) would leave its run waited for in vain;
     * its error is logged (not printed on the terminal) and kept for {@link #lostRun()}.
     */
    @Override
    public void submitTask(JobTask task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                lost.set(t);
                java.util.logging.Logger.getLogger(SeBatchEnvironment.class.getName())
                        .log(java.util.logging.Level.SEVERE, "the batch runtime lost a task", t);
            }
        });
    }

    /** The error of the last task of the batch runtime that died of it, if any. */
    public java.util.Optional<Throwable> lostRun() {
        return java.util.Optional.ofNullable(lost.get());
    }

    @Override
    public TransactionManager getTransactionManager() {
        return LocalTransactionManager.getInstance();
    }

    @Override
    public JobRepository getJobRepository() {
        return repository;
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
        return resolver;
    }

    @Override
    public Properties getBatchConfigurationProperties() {
        Properties p = new Properties();
        p.setProperty("job-repository-type", "jdbc");
        return p;
    }

    @Override
    public String getApplicationName() {
        return null;
    }
}
