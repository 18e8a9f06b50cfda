package dev.baton.bench;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Named;
import jakarta.transaction.TransactionManager;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jberet.creation.AbstractArtifactFactory;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;
import org.jberet.tx.LocalTransactionManager;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;

import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cold-start baseline: a bare JBeret + Weld SE program that starts a one-step job whose
 * batchlet prints the time it began, with the job repository JBeret SE uses unless configured
 * otherwise: JDBC on an H2 database file (here the file named by the first argument). Run by
 * {@link ColdStartBenchmark} from its own small class path, and by {@link ColdOverheadBenchmark}, which
 * names another job (second argument: a chain of {@link Noop} steps) and the options of the H2 URL
 * (third argument: Baton's, for the same durability), and by {@link PeerBenchmark}, which also runs it
 * with a fourth argument, {@code pooled}: the repository then keeps its connections in H2's own pool
 * ({@link JdbcConnectionPool}) instead of opening one for every repository call as JBeret SE does, as
 * Baton's embedded repository keeps its sessions.
 */
public final class BareStart {

    private BareStart() {
    }

    public static void main(String[] args) throws Exception {
        Properties repositoryConfig = new Properties();
        repositoryConfig.setProperty("db-url", "jdbc:h2:file:" + args[0] + (args.length > 2 ? args[2] : ""));
        JobRepository repository = args.length > 3 && args[3].equals("pooled")
                ? new JdbcRepository(JdbcConnectionPool.create(repositoryConfig.getProperty("db-url"), "", ""), new Properties())
                : new JdbcRepository(repositoryConfig);
        BeanManager beans = new Weld(RegistrySingletonProvider.STATIC_INSTANCE).initialize().getBeanManager();
        ExecutorService pool = Executors.newCachedThreadPool();
        BatchEnvironment environment = new BatchEnvironment() {
            public ClassLoader getClassLoader() {
                return BareStart.class.getClassLoader();
            }

            public ArtifactFactory getArtifactFactory() {
                return new AbstractArtifactFactory() {
                    public Class<?> getArtifactClass(String ref, ClassLoader cl) {
                        Bean<?> bean = findBean(ref, beans, cl);
                        return bean == null ? null : bean.getBeanClass();
                    }

                    public Object create(String ref, Class<?> cls, ClassLoader cl) {
                        Bean<?> bean = findBean(ref, beans, cl);
                        return bean == null ? null : beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean));
                    }
                };
            }

            public void submitTask(JobTask task) {
                pool.execute(task);
            }

            public TransactionManager getTransactionManager() {
                return LocalTransactionManager.getInstance();
            }

            public JobRepository getJobRepository() {
                return repository;
            }

            public JobXmlResolver getJobXmlResolver() {
                return new MetaInfBatchJobsJobXmlResolver();
            }

            public Properties getBatchConfigurationProperties() {
                return new Properties();
            }

            public String getApplicationName() {
                return null;
            }
        };
        JobOperatorImpl operator = new JobOperatorImpl(environment);
        long execution = operator.start(args.length > 1 ? args[1] : "bare", new Properties());
        ((org.jberet.runtime.JobExecutionImpl) operator.getJobExecution(execution)).awaitTermination(0, java.util.concurrent.TimeUnit.SECONDS);
        System.exit(0);
    }

    /** Prints when it runs: the first stage of the bare program. */
    @Dependent
    @Named("bareBatchlet")
    public static class Batchlet extends AbstractBatchlet {
        @Override
        public String process() {
            System.out.println("FIRST_STAGE " + System.currentTimeMillis());
            return "COMPLETED";
        }
    }

    /** Does nothing: the steps of the chains of {@link ColdOverheadBenchmark}. */
    @Dependent
    @Named("bareNoop")
    public static class Noop extends AbstractBatchlet {
        @Override
        public String process() {
            return "COMPLETED";
        }
    }
}
