package onestop.gateway.keys;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.platform.security.Roles;

/** Starts a key rotation by hand: the new key is published now and signs after the activation delay. */
@Path("/api/admin/keys")
@Tag(name = "Tokens")
public class KeyRotationResource {

    /** The key just made: published at once, signing from {@code activeFrom}. */
    public record NewKey(String kid, Instant activeFrom) {
    }

    private final SigningKeys keys;
    private final TokensConfig tokens;

    KeyRotationResource(SigningKeys keys, TokensConfig tokens) {
        this.keys = keys;
        this.tokens = tokens;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate the token signing key (published now, signing after the activation delay)")
    public RestResponse<NewKey> rotate() {
        SigningKey key = keys.rotate();
        return RestResponse.ResponseBuilder.<NewKey>created(URI.create("/.well-known/jwks.json"))
                .entity(new NewKey(key.kid(), KeyRotation.createdAt(key).plus(tokens.keyActivationDelay()))).build();
    }
}
