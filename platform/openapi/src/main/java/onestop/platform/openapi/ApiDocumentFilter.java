package onestop.platform.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;
import static org.eclipse.microprofile.openapi.OASFactory.createSecurityRequirement;
import static org.eclipse.microprofile.openapi.OASFactory.createTag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes every service's OpenAPI document a contract clients can be generated from, for every route, also those
 * added later, without anything on the resource: an {@code operationId} named from the method and path where
 * the resource names none ({@link OperationIds}); {@code security: [{}]} (none needed) on a public operation,
 * where Quarkus has put the bearer scheme on every {@code @RolesAllowed}/{@code @Authenticated} one; the error
 * answers each operation can give, as RFC 9457 problem documents; the {@code Idempotency-Key} header on POST; a
 * description on every tag; the shapes a generated client needs ({@link ClientShapes}); the service's
 * {@link Examples}. Runs once at start-up, after Quarkus' own build-time additions (the security requirements
 * among them).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocumentFilter implements OASFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(createComponents());
        }
        ProblemResponses.register(document.getComponents());
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        // explicit ids first, so a generated one never takes a name a resource chose
        forEachOperation(document, (path, method, operation) -> {
            if (operation.getOperationId() != null) {
                operation.setOperationId(OperationIds.unique(operation.getOperationId(), ids));
            }
        });
        forEachOperation(document, (path, method, operation) -> {
            if (operation.getOperationId() == null) {
                operation.setOperationId(OperationIds.unique(OperationIds.name(method.name(), path), ids));
            }
            boolean secured = operation.getSecurity() != null && operation.getSecurity().stream()
                    .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
            if (!secured) {
                operation.setSecurity(List.of(createSecurityRequirement()));
            }
            if (method == PathItem.HttpMethod.POST) {
                addIdempotencyKey(operation);
            }
            addErrors(operation, method, secured);
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.setTags(List.of(DomainTags.of(path)));
            }
            tags.addAll(operation.getTags());
        });
        describeTags(document, tags);
        ClientShapes.apply(document);
        Map<String, Operation> byId = new HashMap<>();
        forEachOperation(document, (path, method, operation) -> byId.put(operation.getOperationId(), operation));
        Examples.apply(document, byId);
    }

    private static void addErrors(Operation operation, PathItem.HttpMethod method, boolean secured) {
        if (operation.getResponses() == null) {
            operation.setResponses(org.eclipse.microprofile.openapi.OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
        for (Map.Entry<String, String[]> error : ProblemResponses.BY_STATUS.entrySet()) {
            String status = error.getKey();
            boolean applies = switch (status) {
                case "401", "403" -> secured;
                case "409", "422" -> changes;
                case "412", "428" -> conditional;
                default -> true;
            };
            APIResponse existing = responses.getAPIResponse(status);
            if (existing != null && existing.getRef() == null && existing.getContent() == null
                    && (existing.getHeaders() == null || existing.getHeaders().isEmpty())) {
                // declared without a body, by Quarkus (401, 403) or a resource: the shared problem answer
                responses.removeAPIResponse(status);
                responses.addAPIResponse(status, createAPIResponse().ref(error.getValue()[0]));
            } else if (existing == null && applies) {
                responses.addAPIResponse(status, createAPIResponse().ref(error.getValue()[0]));
            }
        }
        // any other error a resource declared: also a problem document
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null
                        && response.getContent() == null) {
                    response.setContent(ProblemResponses.problemContent());
                }
            });
        }
    }

    private static void addIdempotencyKey(Operation operation) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()))) {
            return;
        }
        operation.addParameter(createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER).required(false)
                .description("A unique key (a UUID) for this attempt: a retry with the same key and body within 24 hours "
                        + "gets the first answer again and acts only once; the same key with another body is 422.")
                .schema(createSchema().addType(SchemaType.STRING).maxLength(255)));
    }

    private static void describeTags(OpenAPI document, Set<String> used) {
        Map<String, Tag> byName = new TreeMap<>();
        if (document.getTags() != null) {
            document.getTags().forEach(tag -> byName.put(tag.getName(), tag));
        }
        used.forEach(name -> byName.computeIfAbsent(name, missing -> createTag().name(missing)));
        byName.values().forEach(tag -> {
            if (tag.getDescription() == null || tag.getDescription().isBlank()) {
                tag.setDescription(DomainTags.describe(tag.getName()));
            }
        });
        document.setTags(List.copyOf(byName.values()));
    }

    private interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    private static void forEachOperation(OpenAPI document, OperationVisitor visitor) {
        new TreeMap<>(document.getPaths().getPathItems()).forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> visitor.visit(path, method, operation));
            }
        });
    }
}
