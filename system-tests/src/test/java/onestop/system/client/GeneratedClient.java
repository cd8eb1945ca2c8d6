package onestop.system.client;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import onestop.client.ApiClient;
import onestop.client.ApiException;
import onestop.client.ApiResponse;
import onestop.client.api.TokensApi;
import onestop.client.model.SignIn;

/**
 * The generated client (api-client) set up as an integrator sets it up: the gateway's address, and the access
 * token from signing in with it, sent on every call.
 */
public final class GeneratedClient {

    private GeneratedClient() {
    }

    /** A client signed in as {@code email}. */
    public static ApiClient signedIn(String gatewayUrl, String email, String password) throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl);
        String token = new TokensApi(client).tokenAuth(new SignIn().email(email).password(password), null)
                .getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** The ETag an answer declared: what the next conditional change sends as If-Match. */
    public static String etag(ApiResponse<?> answer) {
        List<String> values = answer.getHeaders().get("ETag");
        if (values == null || values.isEmpty()) {
            throw new AssertionError("no ETag on the answer: " + answer.getHeaders());
        }
        return values.get(0);
    }

    /** A fresh Idempotency-Key. */
    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** A small PDF in a file named for {@code type}, as the client uploads files. */
    public static File pdf(String type, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("onestop-client");
            Path file = dir.resolve(type.toLowerCase() + ".pdf");
            Files.write(file, content);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
