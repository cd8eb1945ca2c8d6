package onestop.gateway.texts;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import onestop.gateway.api.MobileNumber;
import onestop.gateway.api.SecurityCode;
import onestop.gateway.api.TextMessages;
import onestop.gateway.me.SignedInUser;

/** The signed-in person's text messages: the mobile number they go to, confirmed with a texted code. */
@Path("/api/me/texts")
@Tag(name = "Me")
@Authenticated
public class TextMessagesResource {

    private final MobileNumbers numbers;
    private final SignedInUser user;

    TextMessagesResource(MobileNumbers numbers, SignedInUser user) {
        this.numbers = numbers;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMeTexts", summary = "Whether OneStop sends text messages, and the caller's mobile "
            + "number for them and whether it is confirmed. Texts go only to a confirmed number, for what needs the "
            + "person soon: a request for information, a hearing, a decision, a licence suspended, revoked, expired "
            + "or due for renewal, an award")
    public TextMessages texts() {
        return numbers.of(user.id());
    }

    @PUT
    @Path("/mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveMobileNumber", summary = "Give the UK mobile number texts go to: a five-digit "
            + "security code is texted to it, lasting 15 minutes; texts start once it is confirmed (POST "
            + "/api/me/texts/confirm). The same number again texts a new code; at most 5 codes an hour (429). 409 "
            + "where OneStop sends no texts")
    @APIResponse(responseCode = "202", description = "The number is kept and a code is on its way")
    public Response give(MobileNumber body) {
        return Response.accepted(numbers.give(user.id(), body == null ? null : body.mobile())).build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmMobileNumber", summary = "Confirm the mobile number with the security code "
            + "texted to it. A wrong code is 422; five wrong ones, or one entered after 15 minutes, use the code up: "
            + "ask for a new one")
    public TextMessages confirm(SecurityCode body) {
        return numbers.confirm(user.id(), body == null ? null : body.code());
    }

    @DELETE
    @Path("/mobile")
    @Operation(operationId = "stopTextMessages", summary = "Stop text messages: the mobile number is forgotten, with "
            + "the texts sent to it")
    @APIResponse(responseCode = "204", description = "No more texts; the number is forgotten")
    public void remove() {
        numbers.remove(user.id());
    }
}
