package onestop.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Checks one rendered object against its API: Kubernetes' own kinds and Strimzi's bind to their Java models
 * (fabric8, io.strimzi:api), CloudNativePG's are validated against a JSON Schema (schemas/cnpg). An unknown
 * field, a value of the wrong type ("two" or "2" for a number) or an apiVersion/kind nobody knows is a problem.
 */
final class Manifests {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    private static final Map<String, JsonSchema> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", schema("schemas/cnpg/cluster.json"),
            "postgresql.cnpg.io/v1/Pooler", schema("schemas/cnpg/pooler.json"),
            "postgresql.cnpg.io/v1/Database", schema("schemas/cnpg/database.json"),
            "postgresql.cnpg.io/v1/ScheduledBackup", schema("schemas/cnpg/scheduledbackup.json"));

    /**
     * The models keep unknown fields in an "additionalProperties" map (@JsonAnySetter) so that a client never
     * loses what a newer server sends; here that would let a misspelt field through, so any-setters are
     * ignored and an unknown field fails the binding. Strings are not read as numbers or booleans.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    private Manifests() {
    }

    /** What is wrong with this object: nothing when it is a valid object of a known kind. */
    static List<String> problems(ObjectNode object) {
        String type = Yaml.text(object, "apiVersion") + "/" + Yaml.text(object, "kind");
        String name = type + " " + object.path("metadata").path("name").asText("(no name)");
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(type);
        JsonSchema schema = SCHEMAS.get(type);
        if (model != null) {
            try {
                STRICT.treeToValue(object, model);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        } else if (schema != null) {
            schema.validate(object).forEach(message -> problems.add(name + ": " + message.getMessage()));
        } else {
            problems.add(name + ": no schema for this apiVersion and kind");
        }
        return problems;
    }

    /** The object as its Kubernetes or Strimzi model, bound as strictly as {@link #problems} checks it. */
    static <T> T bind(ObjectNode object, Class<T> model) {
        try {
            return STRICT.treeToValue(object, model);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonSchema schema(String resource) {
        try (InputStream in = Manifests.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
