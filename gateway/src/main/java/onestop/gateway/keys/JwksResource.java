package onestop.gateway.keys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Publishes the public signing keys, so that the services (or anyone) can verify the gateway's tokens. */
@Path("/.well-known/jwks.json")
@Tag(name = "Tokens")
public class JwksResource {

    private final SigningKeys keys;

    JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys that verify the gateway's access tokens (JWKS)")
    public RestResponse<JsonWebKeySet> jwks() {
        JsonWebKeySet set = new JsonWebKeySet(keys.published().stream().map(JsonWebKey::of).toList());
        // Verifiers may cache it for five minutes, so a rotation must publish a new key that long before it signs.
        return RestResponse.ResponseBuilder.ok(set).header("Cache-Control", "public, max-age=300").build();
    }
}
