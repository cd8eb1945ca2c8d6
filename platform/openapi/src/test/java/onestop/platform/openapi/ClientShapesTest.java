package onestop.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponses;
import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createOpenAPI;
import static org.eclipse.microprofile.openapi.OASFactory.createOperation;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createPathItem;
import static org.eclipse.microprofile.openapi.OASFactory.createPaths;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.List;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class ClientShapesTest {

    @Test
    void theDocumentSaysWhatAGeneratedClientNeeds() {
        OpenAPI document = createOpenAPI()
                .components(createComponents()
                        .addSchema("JsonNode", createSchema().addType(SchemaType.OBJECT)
                                .addProperty("pojo", createSchema().addType(SchemaType.BOOLEAN)))
                        .addSchema("JsonNodeType", createSchema().addType(SchemaType.STRING)))
                .paths(createPaths()
                        .addPathItem("/things/{id}", createPathItem().GET(createOperation()
                                .responses(createAPIResponses().addAPIResponse("200", createAPIResponse()))))
                        .addPathItem("/things/{id}/approve", createPathItem().POST(createOperation()
                                .addParameter(createParameter().name("If-Match").in(Parameter.In.HEADER))
                                .responses(createAPIResponses().addAPIResponse("200", createAPIResponse()))))
                        .addPathItem("/things", createPathItem().GET(createOperation()
                                .addParameter(createParameter().name("size").in(Parameter.In.QUERY)
                                        .schema(createSchema().addType(SchemaType.STRING)))
                                .responses(createAPIResponses().addAPIResponse("200", createAPIResponse())))));

        ClientShapes.apply(document);

        assertThat(document.getComponents().getSchemas().get("JsonNode").getProperties()).isNull();
        assertThat(document.getComponents().getSchemas()).doesNotContainKey("JsonNodeType");
        assertThat(document.getPaths().getPathItem("/things/{id}/approve").getPOST().getResponses()
                .getAPIResponse("200").getHeaders()).containsKey("ETag");
        assertThat(document.getPaths().getPathItem("/things/{id}").getGET().getResponses()
                .getAPIResponse("200").getHeaders()).as("the object the action changes").containsKey("ETag");
        assertThat(document.getPaths().getPathItem("/things").getGET().getResponses().getAPIResponse("200")
                .getHeaders()).isNullOrEmpty();
        assertThat(document.getPaths().getPathItem("/things").getGET().getParameters().get(0).getSchema().getType())
                .isEqualTo(List.of(SchemaType.INTEGER));
    }
}
