import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * How long each layer of the test pyramid took: sums the Surefire and Failsafe reports of every module
 * (target/surefire-reports, target/failsafe-reports) per layer, names the slowest test classes and every failed
 * test, and closes with the totals. It only reads: the build's own exit status decides whether a run is green.
 *
 * <p>Run from the project's root: {@code java .ci/TestLayers.java}. A class's time is the one its report gives,
 * so the first class on a shared application context or browser carries the time of starting it.
 */
public class TestLayers {

    /** The layers in the order they are printed, cheapest first. */
    static final List<String> LAYERS = List.of(
            "unit", "architecture", "slice", "persistence", "application", "keycloak/security", "end-to-end");

    record Suite(String module, String plugin, String name, double seconds, int tests, int failed, int skipped,
            List<String> failures) {

        String layer() {
            if (name.endsWith("ArchitectureTest")) {
                return "architecture";
            }
            if (plugin.equals("surefire")) {
                // controller tests on the in-memory domain through Spring MVC (api module, *ControllerTest)
                return module.equals("api") && name.endsWith("ControllerTest") ? "slice" : "unit";
            }
            if (!module.equals("app")) {
                return "persistence"; // the adapters' integration tests run on the embedded PostgreSQL
            }
            if (name.startsWith("org.skillsmatrix.app.e2e.")) {
                return "end-to-end"; // Debian's Chromium on the running application
            }
            if (name.startsWith("org.skillsmatrix.app.api.")
                    || name.startsWith("org.skillsmatrix.app.security.")
                    || name.startsWith("org.skillsmatrix.app.keycloak.")) {
                return "keycloak/security"; // the application signing in through the real Keycloak
            }
            return "application"; // the whole application on the embedded PostgreSQL, without Keycloak
        }
    }

    public static void main(String[] args) throws IOException {
        var root = Path.of(args.length > 0 ? args[0] : ".");
        var suites = new ArrayList<Suite>();
        var modules = root.resolve("modules");
        if (Files.isDirectory(modules)) {
            try (Stream<Path> each = Files.list(modules)) {
                for (var module : each.sorted().toList()) {
                    read(module, "surefire", suites);
                    read(module, "failsafe", suites);
                }
            }
        }
        if (suites.isEmpty()) {
            System.out.println("Test layers: no test reports found");
            return;
        }

        var perLayer = new LinkedHashMap<String, double[]>();
        LAYERS.forEach(layer -> perLayer.put(layer, new double[5]));
        for (var suite : suites) {
            var sums = perLayer.get(suite.layer());
            sums[0] += 1;
            sums[1] += suite.tests;
            sums[2] += suite.failed;
            sums[3] += suite.skipped;
            sums[4] += suite.seconds;
        }
        var total = new double[5];
        System.out.println();
        System.out.println("Test time per layer (the sum of the test classes' times in the Surefire and Failsafe reports)");
        System.out.printf("%-18s %8s %7s %7s %8s %9s%n", "layer", "classes", "tests", "failed", "skipped", "seconds");
        for (Map.Entry<String, double[]> layer : perLayer.entrySet()) {
            var sums = layer.getValue();
            for (int i = 0; i < total.length; i++) {
                total[i] += sums[i];
            }
            print(layer.getKey(), sums);
        }
        print("all", total);

        System.out.println();
        System.out.println("Slowest test classes");
        suites.stream()
                .sorted(Comparator.comparingDouble(Suite::seconds).reversed())
                .limit(15)
                .forEach(suite -> System.out.printf(
                        "%9.1f s  %-18s %s (%d tests)%n", suite.seconds, suite.layer(), suite.name, suite.tests));

        var failures = suites.stream().flatMap(suite -> suite.failures.stream()).toList();
        if (!failures.isEmpty()) {
            System.out.println();
            System.out.println("Failed tests");
            failures.forEach(failure -> System.out.println("  " + failure));
        }
        System.out.println();
        int tests = (int) total[1];
        int failed = (int) total[2];
        int skipped = (int) total[3];
        System.out.printf("Tests: %d passed, %d failed, %d skipped%n", tests - failed - skipped, failed, skipped);
    }

    private static void print(String layer, double[] sums) {
        System.out.printf(
                "%-18s %8d %7d %7d %8d %9.1f%n",
                layer, (int) sums[0], (int) sums[1], (int) sums[2], (int) sums[3], sums[4]);
    }

    private static void read(Path module, String plugin, List<Suite> suites) throws IOException {
        var reports = module.resolve("target").resolve(plugin + "-reports");
        if (!Files.isDirectory(reports)) {
            return;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (var file : files.filter(TestLayers::isReport).sorted().toList()) {
                try (var in = Files.newInputStream(file)) {
                    suites.add(suite(module.getFileName().toString(), plugin, in));
                } catch (XMLStreamException | RuntimeException e) {
                    System.out.println("Test layers: could not read " + file + ": " + e.getMessage());
                }
            }
        }
    }

    private static boolean isReport(Path file) {
        var name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static Suite suite(String module, String plugin, InputStream in) throws XMLStreamException {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        var xml = factory.createXMLStreamReader(in);
        String name = "";
        double seconds = 0;
        int tests = 0;
        int failed = 0;
        int skipped = 0;
        var failures = new ArrayList<String>();
        String testcase = "";
        int reportedFailed = 0;
        boolean testcaseFailed = false;
        // the counts are those of the test cases: Surefire gives 0 tests for a class whose tests are all @Nested
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "testsuite" -> {
                    name = attribute(xml, "name", "");
                    seconds = Double.parseDouble(attribute(xml, "time", "0").replace(",", ""));
                    reportedFailed = Integer.parseInt(attribute(xml, "failures", "0"))
                            + Integer.parseInt(attribute(xml, "errors", "0"));
                }
                case "testcase" -> {
                    testcase = attribute(xml, "classname", name) + "." + attribute(xml, "name", "");
                    testcaseFailed = false;
                    tests++;
                }
                case "failure", "error" -> {
                    if (!testcaseFailed) {
                        testcaseFailed = true;
                        failed++;
                        failures.add(testcase);
                    }
                }
                case "skipped" -> skipped++;
                default -> {}
            }
        }
        failed = Math.max(failed, reportedFailed);
        return new Suite(module, plugin, name, seconds, tests, failed, skipped, failures);
    }

    private static String attribute(javax.xml.stream.XMLStreamReader xml, String name, String otherwise) {
        var value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
