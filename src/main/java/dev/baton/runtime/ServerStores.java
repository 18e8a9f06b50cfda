package dev.baton.runtime;

import dev.baton.stage.memo.MemoStore;
import dev.baton.stage.trace.TraceLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * In an application server (the WAR in WildFly), where Baton's SE runtime does not start, keeps
 * memoized stage results ({@code BATON_STAGE_MEMO}) and the traces of executions
 * ({@code BATON_EXECUTION_TRACE}) in a datasource of the server, installed when the application
 * starts: the one whose JNDI name the system property {@value #PROPERTY} gives, else
 * {@value #BATON_DS} (the job repository's datasource of {@code src/main/wildfly/jdbc-repository.cli}),
 * else the platform's default datasource {@value #DEFAULT_DS} (in a stock WildFly an in-memory H2
 * database, which lives as long as the server, like its in-memory job repository). Where there is
 * no naming service (Java SE), nothing happens: {@link SeBatchEnvironment} installs its own.
 */
@ApplicationScoped
public class ServerStores {

    /** The system property naming the datasource. */
    public static final String PROPERTY = "baton.datasource";
    static final String BATON_DS = "java:jboss/datasources/BatonDS";
    static final String DEFAULT_DS = "java:comp/DefaultDataSource";

    private static final Logger LOG = Logger.getLogger(ServerStores.class.getName());

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        DataSource dataSource = lookup();
        if (dataSource == null) {
            return;
        }
        TraceLedger.install(new JdbcTraceLedger(dataSource));
        MemoStore.install(new JdbcMemoStore(dataSource));
    }

    private static DataSource lookup() {
        InitialContext naming;
        try {
            naming = new InitialContext();
        } catch (NamingException | RuntimeException noNaming) {
            return null;
        }
        String named = System.getProperty(PROPERTY);
        for (String name : named != null ? new String[] {named} : new String[] {BATON_DS, DEFAULT_DS}) {
            try {
                if (naming.lookup(name) instanceof DataSource ds) {
                    LOG.info(() -> "Baton keeps memoized results and traces in " + name);
                    return ds;
                }
            } catch (NamingException | RuntimeException absent) {
                if (named != null) {
                    LOG.warning(() -> "Baton: datasource " + name + " (" + PROPERTY + ") cannot be found: " + absent.getMessage());
                }
            }
        }
        return null;
    }
}
