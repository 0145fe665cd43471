package org.skillsmatrix.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nodes of the application on one embedded database of their own, as several nodes run in production; all are
 * stopped after each test, and the database with them. Register it as {@code @RegisterExtension final
 * NodesOnOneDatabase nodes = new NodesOnOneDatabase();}.
 *
 * <p>Nodes in one JVM share one logging context, and two Spring Boot starts that configure it at the same time can
 * fail each other; separate processes, as in production, never share it. So these nodes leave logging as the JVM
 * already has it.
 */
public final class NodesOnOneDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
    private final List<ConfigurableApplicationContext> nodes = new CopyOnWriteArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty(LOGGING_SYSTEM, "none");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        nodes.forEach(ConfigurableApplicationContext::close);
        database.close();
        System.clearProperty(LOGGING_SYSTEM);
    }

    /** Starts a node; settings as command-line arguments. It answers on a free port unless they name one. */
    public ConfigurableApplicationContext start(String... settings) {
        var node = LocalRun.startOn(database, settings);
        nodes.add(node);
        return node;
    }

    /** Starts so many nodes at the same moment, each on a thread of its own. */
    public List<ConfigurableApplicationContext> startAtOnce(int count, String... settings) throws Exception {
        return atOnce(IntStream.range(0, count).boxed().toList(), node -> start(settings));
    }

    /** The nodes started so far, in the order they started. */
    public List<ConfigurableApplicationContext> all() {
        return List.copyOf(nodes);
    }

    /** Does the same on every node at the same moment, each on a thread of its own; what each did, in their order. */
    public <T> List<T> onEachAtOnce(Function<ConfigurableApplicationContext, T> task) throws Exception {
        return atOnce(all(), task);
    }

    private static <N, T> List<T> atOnce(List<N> each, Function<N, T> task) throws Exception {
        var start = new CyclicBarrier(each.size());
        var done = new ArrayList<T>();
        try (var executor = Executors.newFixedThreadPool(each.size())) {
            var running = each.stream()
                    .map(one -> executor.submit(() -> {
                        start.await();
                        return task.apply(one);
                    }))
                    .toList();
            for (var one : running) {
                done.add(one.get(5, TimeUnit.MINUTES));
            }
        }
        return done;
    }
}
