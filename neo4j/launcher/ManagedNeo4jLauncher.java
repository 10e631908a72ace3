import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;
import sun.misc.Signal;

/**
 * Starts Neo4j Community in this JVM, on 5.26 and on the calendar releases alike (5.26's
 * CommunityEntryPoint is gone from the latter; NeoBootstrapper is in both). Compiled by
 * scripts/managed-neo4j at db:start time with the JDK that runs it; never committed compiled.
 *
 * On SIGTERM or SIGINT it stops the server (databases checkpointed and closed, Bolt and HTTP
 * down) and then halts the JVM at once: Neo4j's own handler calls System.exit, whose shutdown
 * hooks and lingering threads could keep the process alive long after the data was safe.
 */
public final class ManagedNeo4jLauncher {
    private ManagedNeo4jLauncher() {}

    public static void main(String[] args) {
        CommunityBootstrapper server = new CommunityBootstrapper();
        int status = NeoBootstrapper.start(server, args);
        if (status != 0) {
            System.exit(status);
        }
        // Installed after start: NeoBootstrapper.start installs its own handlers, which these replace.
        Signal.handle(new Signal("TERM"), signal -> stopAndHalt(server));
        Signal.handle(new Signal("INT"), signal -> stopAndHalt(server));
    }

    private static void stopAndHalt(CommunityBootstrapper server) {
        int status = server.stop();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }
}
