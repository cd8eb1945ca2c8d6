package onestop.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the features deploy/k8s uses and no others:
 * {@code resources} (files and folders holding a kustomization), {@code namespace}, {@code images} and
 * {@code patches} given inline as JSON patches with a target of kind and name. Any other field is refused,
 * so a kustomization using something this does not render fails the build instead of rendering wrongly.
 * (kubectl is not on every machine that builds OneStop, and no kustomize is published on Maven Central.)
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume", "PriorityClass");

    private Kustomize() {
    }

    /** The objects the kustomization in this folder renders to. */
    static List<ObjectNode> build(Path folder) {
        Path file = folder.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + folder);
        }
        ObjectNode kustomization = Yaml.document(file);
        for (Iterator<String> names = kustomization.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(file + ": the field " + name + " is not rendered by this build");
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yaml.documents(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            patch(objects, patch, file);
        }
        String namespace = Yaml.text(kustomization, "namespace");
        for (ObjectNode object : objects) {
            if (namespace != null && !CLUSTER_SCOPED.contains(Yaml.text(object, "kind"))) {
                ((ObjectNode) object.with("metadata")).put("namespace", namespace);
            }
            for (JsonNode image : kustomization.path("images")) {
                retag(object, image);
            }
        }
        return objects;
    }

    private static void patch(List<ObjectNode> objects, JsonNode patch, Path file) {
        if (!patch.has("patch") || !patch.has("target")) {
            throw new IllegalArgumentException(file + ": only inline patches with a target are rendered");
        }
        JsonNode operations = Yaml.JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(patch.get("patch").asText()));
        if (!operations.isArray()) {
            throw new IllegalArgumentException(file + ": only JSON patches (a list of operations) are rendered");
        }
        String kind = Yaml.text(patch.get("target"), "kind");
        String name = Yaml.text(patch.get("target"), "name");
        int matched = 0;
        for (ObjectNode object : objects) {
            if (kind.equals(Yaml.text(object, "kind"))
                    && (name == null || name.equals(object.path("metadata").path("name").asText()))) {
                JsonPatch.apply(object, operations);
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(file + ": the patch of " + kind + " " + name + " matches nothing");
        }
    }

    /** Sets the name and tag of every container image named as the entry's {@code name}, wherever it is. */
    private static void retag(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ((field.getKey().equals("containers") || field.getKey().equals("initContainers"))
                        && field.getValue().isArray()) {
                    for (JsonNode container : field.getValue()) {
                        retagContainer((ObjectNode) container, image);
                    }
                } else {
                    retag(field.getValue(), image);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> retag(element, image));
        }
    }

    private static void retagContainer(ObjectNode container, JsonNode image) {
        String current = Yaml.text(container, "image");
        if (current == null) {
            return;
        }
        int colon = current.lastIndexOf(':');
        boolean tagged = colon > current.lastIndexOf('/');
        String name = tagged ? current.substring(0, colon) : current;
        String tag = tagged ? current.substring(colon + 1) : null;
        if (!name.equals(image.path("name").asText())) {
            return;
        }
        String newName = image.has("newName") ? image.get("newName").asText() : name;
        String newTag = image.has("newTag") ? image.get("newTag").asText() : tag;
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }
}
