package atlas.neo4jdev;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j community embedded with a Bolt connector so development and tests get a real
 * server without Docker. Configuration comes from the environment:
 * NEO4J_DATA_DIR (default data/neo4j), NEO4J_BOLT_PORT (default 7687),
 * NEO4J_PASSWORD (unset = auth disabled; set = auth enabled, user "neo4j"),
 * NEO4J_PAGECACHE (page cache size such as 512m or 4g, default 128m),
 * NEO4J_TX_LOG_RETENTION (how much rotated transaction log to keep, default "256M size"),
 * NEO4J_CONF (a neo4j.conf-style file of further settings, read before the ones set here).
 */
public final class Main {
    public static final String READY_LINE_PREFIX = "neo4j-dev ready";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(env("NEO4J_DATA_DIR", "data/neo4j")).toAbsolutePath();
        int boltPort = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = System.getenv("NEO4J_PASSWORD");
        boolean authEnabled = password != null && !password.isEmpty();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir);
        String confFile = System.getenv("NEO4J_CONF");
        if (confFile != null && !confFile.isEmpty()) {
            builder.loadPropertiesFromFile(Path.of(confFile));
        }
        DatabaseManagementService service = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                // neo4j:// URIs ask for a routing table: advertise the address we really listen on.
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                // A dev server keeps its footprint small on a shared 2-core machine; the benchmark's
                // large stores raise it, or every read of a 5 GB store goes through 128 MiB of pages.
                .setConfig(GraphDatabaseSettings.pagecache_memory, bytes(env("NEO4J_PAGECACHE", "128m")))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Neo4j keeps two days of rotated transaction logs for backups and cluster catch-up,
                // neither of which a dev server has: at 1M items that was 15 GB beside a 20 GB store.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, env("NEO4J_TX_LOG_RETENTION", "256M size"))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM / Ctrl-C: close the store cleanly so the data folder is never left dirty.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-dev stopping");
            service.shutdown();
            stopped.countDown();
        }, "neo4j-dev-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (authEnabled) {
            setInitialPassword(service, password);
        }
        db.executeTransactionally("RETURN 1");
        System.out.println(READY_LINE_PREFIX + " bolt://127.0.0.1:" + boltPort + " data=" + dataDir
                + " auth=" + (authEnabled ? "enabled" : "disabled"));
        System.out.flush();
        stopped.await();
    }

    /** Sets the neo4j user's password through the system database (first start or changed env). */
    private static void setInitialPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException sameAsBefore) {
            // Neo4j refuses to "change" a password to its current value: nothing to do then.
            if (!String.valueOf(sameAsBefore.getMessage()).contains("Old password and new password cannot be the same")) {
                throw sameAsBefore;
            }
        }
    }

    /** "512m", "4g" or a plain byte count, as NEO4J_HEAP is written. */
    static long bytes(String size) {
        String text = size.trim().toLowerCase(java.util.Locale.ROOT);
        char unit = text.charAt(text.length() - 1);
        long scale = unit == 'g' ? 1L << 30 : unit == 'm' ? 1L << 20 : unit == 'k' ? 1L << 10 : 1L;
        String digits = scale == 1L ? text : text.substring(0, text.length() - 1);
        return Long.parseLong(digits) * scale;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
