package onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validation refuses what the API server or an operator would refuse: it is worth its green. */
class BrokenManifestTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: licensing }
            spec:
              replicas: %s
              selector: { matchLabels: { app: licensing } }
              template:
                metadata: { labels: { app: licensing } }
                spec:
                  containers:
                    - name: licensing
                      image: onestop/licensing
                      %s
            """;

    @Test
    void aDeploymentAsWrittenHasNoProblem() {
        assertThat(problems(DEPLOYMENT.formatted("2", "imagePullPolicy: IfNotPresent"))).isEmpty();
    }

    @Test
    void anUnknownFieldIsAProblemNamingIt() {
        assertThat(problems(DEPLOYMENT.formatted("2", "imagePullPolcy: IfNotPresent")))
                .singleElement().asString().contains("Deployment licensing").contains("imagePullPolcy");
    }

    @Test
    void aValueOfTheWrongTypeIsAProblem() {
        assertThat(problems(DEPLOYMENT.formatted("two", "imagePullPolicy: IfNotPresent"))).hasSize(1);
        assertThat(problems(DEPLOYMENT.formatted("\"2\"", "imagePullPolicy: IfNotPresent"))).hasSize(1);
    }

    @Test
    void aStrimziResourceWithAnUnknownFieldIsAProblem() {
        assertThat(problems("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: { name: onestop.licensing.v1 }
                spec: { partitions: 3, replicationFactor: 3 }
                """)).singleElement().asString().contains("replicationFactor");
    }

    @Test
    void aCloudNativePgResourceWithAnUnknownFieldOrTheWrongTypeIsAProblem() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: { name: onestop-db }
                spec:
                  instances: %s
                  storage: { size: 1Gi }
                  bootstrap: { initdb: { database: gateway, owner: onestop } }
                  %s
                """;
        assertThat(problems(cluster.formatted("3", ""))).isEmpty();
        assertThat(problems(cluster.formatted("\"3\"", ""))).singleElement().asString().contains("instances");
        assertThat(problems(cluster.formatted("3", "replicas: 3"))).singleElement().asString().contains("replicas");
    }

    @Test
    void aBackupWithAnUnknownFieldOrAWrongScheduleIsAProblem() {
        String backup = """
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata: { name: onestop-db-daily }
                spec: { schedule: "%s", cluster: { name: onestop-db }, %s }
                """;
        assertThat(problems(backup.formatted("0 0 2 * * *", "method: barmanObjectStore"))).isEmpty();
        // five fields: the operator's cron has seconds first
        assertThat(problems(backup.formatted("0 2 * * *", "method: barmanObjectStore"))).hasSize(1);
        assertThat(problems(backup.formatted("0 0 2 * * *", "retention: 30d"))).singleElement().asString().contains("retention");
    }

    @Test
    void aKindNobodyKnowsIsAProblem() {
        assertThat(problems("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: { name: w }
                """)).singleElement().asString().contains("no schema");
    }

    @Test
    void aPatchOfAPathThatDoesNotExistStopsTheRendering(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("deployment.yaml"), DEPLOYMENT.formatted("2", ""));
        Files.writeString(folder.resolve("kustomization.yaml"), """
                resources: [deployment.yaml]
                patches:
                  - target: { kind: Deployment, name: licensing }
                    patch: |-
                      - { op: replace, path: /spec/replica, value: 1 }
                """);
        assertThatThrownBy(() -> Kustomize.build(folder)).hasMessageContaining("/spec/replica");
    }

    private static List<String> problems(String yaml) {
        List<ObjectNode> documents = Yaml.documents(yaml);
        return documents.stream().flatMap(document -> Manifests.problems(document).stream()).toList();
    }
}
