package onestop.gateway.keys;

import java.util.List;

/** The body of {@code /.well-known/jwks.json}. */
public record JsonWebKeySet(List<JsonWebKey> keys) {
}
