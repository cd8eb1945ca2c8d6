package onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every kustomization in deploy/k8s renders, and every object it renders is valid for its API (Kubernetes,
 * Strimzi, CloudNativePG); the Deployments are locked down as the Namespace's "restricted" pod security asks.
 */
class KustomizationsTest {

    static final String PRODUCTION = "deploy/k8s/overlays/production";
    static final List<String> SERVICES = List.of("gateway", "licensing", "opportunities", "portal");

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/local", PRODUCTION})
    void everyObjectRenderedIsValid(String kustomization) {
        List<ObjectNode> objects = Kustomize.build(Repository.path(kustomization));
        assertThat(objects).hasSizeGreaterThan(30);
        assertThat(objects.stream().flatMap(object -> Manifests.problems(object).stream())).isEmpty();
        assertThat(objects).allSatisfy(object -> assertThat(object.path("metadata").path("namespace").asText())
                .isEqualTo("Namespace".equals(Yaml.text(object, "kind")) ? "" : "onestop"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/overlays/local", PRODUCTION})
    void everyServiceRunsLockedDownWithProbesOnTheManagementPort(String kustomization) {
        List<Deployment> deployments = of(Kustomize.build(Repository.path(kustomization)), "Deployment", Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Deployment deployment : deployments) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(1001L);
            // the documents (and /tmp) are the pods' own group
            assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(1001L);
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            Container container = pod.getContainers().get(0);
            assertThat(container.getImage()).matches(".*onestop/" + deployment.getMetadata().getName() + ":1\\.0\\.0-SNAPSHOT");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe()))
                    .allSatisfy(probe -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management"));
        }
    }

    @Test
    void everyCredentialComesFromASecretAndNoSecretIsCommitted() {
        List<ObjectNode> objects = Kustomize.build(Repository.path(PRODUCTION));
        assertThat(objects).noneSatisfy(object -> assertThat(Yaml.text(object, "kind")).isEqualTo("Secret"));
        for (Deployment deployment : of(objects, "Deployment", Deployment.class)) {
            for (EnvVar env : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (env.getName().matches(".*(PASSWORD|SECRET|JAAS|USERNAME|_KEY).*")) {
                    assertThat(env.getValue()).as(env.getName()).isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
                }
            }
        }
        ObjectNode config = named(objects, "ConfigMap", "onestop-config");
        assertThat(config.path("data").fieldNames()).toIterable()
                .noneSatisfy(key -> assertThat(key).containsAnyOf("PASSWORD", "SECRET", "JAAS"));
    }

    @Test
    void theGatewayKeepsItsSigningKeysInTheDatabaseUnderAKeyFromASecretAndMountsNoVolumeForThem() {
        List<ObjectNode> objects = Kustomize.build(Repository.path(PRODUCTION));
        PodSpec gateway = of(objects, "Deployment", Deployment.class).stream()
                .filter(d -> "gateway".equals(d.getMetadata().getName())).findFirst().orElseThrow()
                .getSpec().getTemplate().getSpec();
        assertThat(gateway.getVolumes()).allSatisfy(volume -> assertThat(volume.getPersistentVolumeClaim()).isNull());
        List<EnvVar> env = gateway.getContainers().get(0).getEnv();
        assertThat(env).extracting(EnvVar::getName).doesNotContain("ONESTOP_KEYS_DIR");
        assertThat(env).filteredOn(e -> e.getName().equals("ONESTOP_KEYS_ENCRYPTION_KEY")).singleElement()
                .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("onestop-secrets"));
        assertThat(objects).noneSatisfy(object -> assertThat(object.path("metadata").path("name").asText())
                .isEqualTo("gateway-keys"));
    }

    @Test
    void everyServiceHasAServiceADisruptionBudgetAnAutoscalerAndANetworkPolicy() {
        List<ObjectNode> objects = Kustomize.build(Repository.path(PRODUCTION));
        for (String service : SERVICES) {
            assertThat(named(objects, "Service", service)).isNotNull();
            assertThat(named(objects, "PodDisruptionBudget", service).path("spec").path("minAvailable").asInt()).isEqualTo(1);
            assertThat(named(objects, "HorizontalPodAutoscaler", service).path("spec").path("minReplicas").asInt()).isEqualTo(2);
        }
        assertThat(named(objects, "NetworkPolicy", "onestop-default-deny").path("spec").has("ingress")).isFalse();
        // the two services: from the gateway and the portal, nothing else
        assertThat(named(objects, "NetworkPolicy", "services").path("spec").path("ingress").get(0).path("from"))
                .extracting(peer -> peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .containsExactlyInAnyOrder("gateway", "portal");
        assertThat(named(objects, "Ingress", "onestop").path("spec").path("tls").get(0).path("secretName").asText())
                .isEqualTo("onestop-tls");
    }

    @Test
    void theConnectionsEveryReplicaMayOpenFitThePoolerAndPostgreSql() {
        List<ObjectNode> objects = Kustomize.build(Repository.path(PRODUCTION));
        int perPod = named(objects, "ConfigMap", "onestop-config").path("data").path("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").asInt();
        ObjectNode pooler = named(objects, "Pooler", "onestop-db-pooler-rw");
        int poolers = pooler.path("spec").path("instances").asInt();
        int perDatabase = pooler.path("spec").path("pgbouncer").path("parameters").path("max_db_connections").asInt();
        int maxConnections = named(objects, "Cluster", "onestop-db").path("spec").path("postgresql")
                .path("parameters").path("max_connections").asInt();
        for (String service : SERVICES) {
            int replicas = named(objects, "HorizontalPodAutoscaler", service).path("spec").path("maxReplicas").asInt();
            assertThat(replicas * perPod).as(service).isLessThanOrEqualTo(poolers * perDatabase);
        }
        // four databases through every pooler, and 20 left for the operator, replication and a superuser
        assertThat(poolers * SERVICES.size() * perDatabase).isLessThanOrEqualTo(maxConnections - 20);
    }

    @Test
    void productionBacksPostgreSqlUpNightlyToAnObjectStoreWithCredentialsFromASecret() {
        List<ObjectNode> objects = Kustomize.build(Repository.path(PRODUCTION));
        var backup = named(objects, "Cluster", "onestop-db").path("spec").path("backup");
        assertThat(backup.path("retentionPolicy").asText()).isEqualTo("30d");
        var store = backup.path("barmanObjectStore");
        assertThat(store.path("destinationPath").asText()).startsWith("s3://");
        assertThat(store.path("s3Credentials").path("accessKeyId").path("name").asText()).isEqualTo("onestop-backup-s3");
        assertThat(store.path("s3Credentials").path("secretAccessKey").path("name").asText()).isEqualTo("onestop-backup-s3");
        ObjectNode nightly = named(objects, "ScheduledBackup", "onestop-db-daily");
        assertThat(nightly.path("spec").path("cluster").path("name").asText()).isEqualTo("onestop-db");
        assertThat(nightly.path("spec").path("method").asText()).isEqualTo("barmanObjectStore");
        // once a day: seconds, minutes and hours fixed, every day of every month
        assertThat(nightly.path("spec").path("schedule").asText()).matches("\\d+ \\d+ \\d+ \\* \\* \\*");
        // kind has no bucket: the local overlay keeps no backups
        assertThat(Kustomize.build(Repository.path("deploy/k8s/overlays/local")))
                .noneSatisfy(object -> assertThat(Yaml.text(object, "kind")).isEqualTo("ScheduledBackup"));
    }

    @Test
    void theTopicsAreTheServicesAndTheirDeadLettersKeptThreeTimes() {
        List<ObjectNode> topics = Kustomize.build(Repository.path(PRODUCTION)).stream()
                .filter(object -> "KafkaTopic".equals(Yaml.text(object, "kind"))).toList();
        assertThat(topics).extracting(topic -> topic.path("metadata").path("name").asText()).containsExactlyInAnyOrder(
                "onestop.licensing.v1", "onestop.licensing.v1.dlq", "onestop.opportunities.v1", "onestop.opportunities.v1.dlq");
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt()).isEqualTo(2);
        });
    }

    static <T> List<T> of(List<ObjectNode> objects, String kind, Class<T> model) {
        return objects.stream().filter(object -> kind.equals(Yaml.text(object, "kind")))
                .map(object -> Manifests.bind(object, model)).toList();
    }

    static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(object -> kind.equals(Yaml.text(object, "kind")) && name.equals(object.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }
}
