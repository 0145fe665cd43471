package org.skillsmatrix.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * The manifests in {@code deploy/kubernetes}, read as typed Kubernetes objects: every field is one the Kubernetes API
 * knows, and they keep what an operator relies on.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("../../deploy/kubernetes");

    /** The import limit's default, skills-matrix.import.max-bytes. */
    private static final DataSize IMPORT_LIMIT = DataSize.ofBytes(32_000_000);

    /**
     * Measured with the jar and the configmap's heap (docs/operations.md, "Memory and start-up"): the most resident
     * memory beside the heap's committed part, and the most CPU time to a ready node.
     */
    private static final DataSize MEASURED_BESIDE_HEAP = DataSize.ofMegabytes(330);

    /** The heap that the sizing table of docs/operations.md gives a node of this size. */
    private static final DataSize MINIMUM_HEAP = DataSize.ofMegabytes(512);

    private static final Duration MEASURED_START_CPU = Duration.ofSeconds(61);

    private final List<HasMetadata> resources = read();
    private final Deployment deployment = only(Deployment.class);
    private final PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    private final Container app = pod.getContainers().getFirst();
    private final Map<String, String> settings = only(ConfigMap.class).getData();

    @Test
    void every_field_is_one_kubernetes_knows() {
        for (var resource : resources) {
            assertThat(unknownFields(resource, resource.getKind()))
                    .as("fields Kubernetes does not know")
                    .isEmpty();
        }
    }

    @Test
    void the_kustomization_applies_every_manifest() throws IOException {
        var kustomization = Serialization.unmarshal(
                Files.readString(MANIFESTS.resolve("kustomization.yaml")), GenericKubernetesResource.class);
        try (var files = Files.list(MANIFESTS)) {
            var manifests = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .toList();
            assertThat(kustomization.getAdditionalProperties().get("resources"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void at_least_two_replicas_on_different_nodes_and_one_left_in_a_disruption() {
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        var antiAffinity = pod.getAffinity().getPodAntiAffinity();
        var terms = Stream.concat(
                        antiAffinity.getRequiredDuringSchedulingIgnoredDuringExecution().stream(),
                        antiAffinity.getPreferredDuringSchedulingIgnoredDuringExecution().stream()
                                .map(preferred -> preferred.getPodAffinityTerm()))
                .toList();
        assertThat(terms).anySatisfy(term -> {
            assertThat(term.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
            assertThat(term.getLabelSelector().getMatchLabels()).isEqualTo(podLabels());
        });

        var budget = only(PodDisruptionBudget.class).getSpec();
        assertThat(budget.getSelector().getMatchLabels()).isEqualTo(podLabels());
        assertThat(budget.getMinAvailable().getIntVal())
                .isPositive()
                .isLessThan(deployment.getSpec().getReplicas());
    }

    @Test
    void the_pod_meets_the_restricted_pod_security_standard() {
        assertThat(only(Namespace.class).getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getHostPID()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getHostIPC()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getVolumes())
                .allSatisfy(volume -> assertThat(volume.getHostPath()).isNull());
        var podSecurity = pod.getSecurityContext();
        assertThat(podSecurity.getRunAsNonRoot()).isTrue();
        assertThat(podSecurity.getRunAsUser()).isPositive();
        assertThat(podSecurity.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        for (var container : pod.getContainers()) {
            var security = container.getSecurityContext();
            assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
            assertThat(security.getAllowPrivilegeEscalation()).isFalse();
            assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(security.getCapabilities().getAdd()).isEmpty();
            assertThat(security.getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getPorts())
                    .allSatisfy(port -> assertThat(port.getHostPort()).isNull());
        }
        assertThat(app.getVolumeMounts())
                .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
    }

    @Test
    void a_terminating_pod_leaves_the_balancer_before_it_stops_serving() {
        var preStop =
                Duration.ofSeconds(app.getLifecycle().getPreStop().getSleep().getSeconds());
        var grace = duration(settings.get("SKILLS_MATRIX_SHUTDOWN_GRACE_PERIOD"));
        var drain = duration(settings.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE"));

        assertThat(preStop).isPositive();
        assertThat(grace).isPositive();
        assertThat(settings).containsEntry("SERVER_SHUTDOWN", "graceful");
        assertThat(Duration.ofSeconds(pod.getTerminationGracePeriodSeconds()))
                .as("SIGKILL comes after the pause, the grace period and the drain")
                .isGreaterThan(preStop.plus(grace).plus(drain));
    }

    @Test
    void metrics_and_probes_are_on_the_management_port_which_no_ingress_reaches() {
        var management = app.getPorts().stream()
                .filter(port -> "management".equals(port.getName()))
                .findFirst()
                .orElseThrow();
        assertThat(settings).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(management.getContainerPort()));
        for (var probe : List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe())) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
        }
        assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");

        var services = all(Service.class);
        var backends = only(Ingress.class).getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService())
                .toList();
        assertThat(backends).isNotEmpty().allSatisfy(backend -> {
            var service = services.stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(backend.getName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(service.getSpec().getPorts())
                    .extracting(port -> port.getTargetPort().getStrVal())
                    .containsExactly("http");
        });
    }

    @Test
    void the_ingress_keeps_a_browser_on_its_pod_and_takes_the_largest_import() {
        var annotations = only(Ingress.class).getMetadata().getAnnotations();
        assertThat(annotations)
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent");
        var bodyLimit = DataSize.parse(annotations
                .get("nginx.ingress.kubernetes.io/proxy-body-size")
                .toUpperCase()
                .replaceAll("([KMG])$", "$1B"));
        assertThat(bodyLimit).isGreaterThan(IMPORT_LIMIT);
    }

    @Test
    void memory_and_start_up_budgets_cover_what_was_measured_with_room_to_spare() {
        var limit = bytes(app.getResources().getLimits().get("memory"));
        assertThat(bytes(app.getResources().getRequests().get("memory"))).isEqualTo(limit);
        var percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(settings.get("JAVA_TOOL_OPTIONS"));
        assertThat(percentage.find())
                .as("the heap as a share of the container's limit in JAVA_TOOL_OPTIONS")
                .isTrue();
        var heap = limit.multiply(new BigDecimal(percentage.group(1))).divide(BigDecimal.valueOf(100));
        assertThat(heap).as("the heap").isGreaterThanOrEqualTo(BigDecimal.valueOf(MINIMUM_HEAP.toBytes()));
        assertThat(limit.subtract(heap))
                .as("what the limit leaves beside the heap")
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(MEASURED_BESIDE_HEAP.toBytes() * 5 / 4));

        assertThat(budget(app.getStartupProbe()))
                .as("the start-up probe's budget")
                .isGreaterThanOrEqualTo(MEASURED_START_CPU.multipliedBy(4));
    }

    @Test
    void the_container_starts_the_images_extracted_jar_with_its_aot_cache() throws IOException {
        assertThat(app.getCommand())
                .containsExactly(
                        "java",
                        "-XX:AOTCache=/opt/skills-matrix/skills-matrix.aot",
                        "-jar",
                        "/opt/skills-matrix/skills-matrix.jar");
        var entrypoint = Pattern.compile("(?m)^ENTRYPOINT (.*)$")
                .matcher(Files.readString(MANIFESTS.resolve("../image/Dockerfile")));
        assertThat(entrypoint.find()).isTrue();
        assertThat(entrypoint.group(1))
                .as("the image's entrypoint")
                .isEqualTo(app.getCommand().stream()
                        .map(part -> "\"" + part + "\"")
                        .collect(Collectors.joining(", ", "[", "]")));
    }

    private Map<String, String> podLabels() {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    private static Duration budget(Probe probe) {
        return Duration.ofSeconds((long) probe.getPeriodSeconds() * probe.getFailureThreshold());
    }

    private static BigDecimal bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }

    private static Duration duration(String value) {
        return DurationStyle.detectAndParse(value);
    }

    private <T extends HasMetadata> T only(Class<T> kind) {
        assertThat(all(kind)).hasSize(1);
        return all(kind).getFirst();
    }

    private <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static List<HasMetadata> read() {
        try (var files = Files.list(MANIFESTS)) {
            var resources = new ArrayList<HasMetadata>();
            for (var file : files.filter(
                            name -> name.toString().endsWith(".yaml") && !name.endsWith("kustomization.yaml"))
                    .sorted()
                    .toList()) {
                for (var document : Files.readString(file).split("(?m)^---$")) {
                    resources.add(Serialization.unmarshal(document, HasMetadata.class));
                }
            }
            return resources;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths of fields the model did not know, which it keeps aside as additional properties. */
    private static List<String> unknownFields(Object node, String path) {
        var unknown = new ArrayList<String>();
        if (node instanceof List<?> list) {
            list.forEach(element -> unknown.addAll(unknownFields(element, path + "[]")));
            return unknown;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknown.addAll(unknownFields(value, path + "." + key)));
            return unknown;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")) {
                continue;
            }
            var value = invoke(getter, node);
            if (value == null) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else if (!getter.getName().equals("getClass")) {
                unknown.addAll(
                        unknownFields(value, path + "." + getter.getName().substring(3)));
            }
        }
        return unknown;
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }
}
