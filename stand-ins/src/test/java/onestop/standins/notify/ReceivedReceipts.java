package onestop.standins.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** A service's receipts callback, for the test: keeps what the stand-in posts. */
@Path("/test-callback/receipts")
public class ReceivedReceipts {

    record Received(String authorization, Map<String, Object> body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, Map<String, Object> body) {
        RECEIVED.add(new Received(authorization, body));
    }
}
