package onestop.portal;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.gateway.api.GatewayClient;
import onestop.gateway.api.MobileNumber;
import onestop.gateway.api.SecurityCode;
import onestop.gateway.api.TextMessages;
import onestop.platform.problem.FieldCodes;
import onestop.portal.session.PortalSessions;

/**
 * Text messages, from the account page: the person gives a mobile number, we text it a security code, they type it
 * on "Check your phone" (the GOV.UK pattern), and from then on what needs them soon comes by text too. They can
 * change the number or stop texts. Every step is a form: it works without JavaScript.
 */
@Path("/account/texts")
@Produces(MediaType.TEXT_HTML)
public class TextMessagePages {

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @Inject
    GatewayClient gateway;

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance textMessages(TextMessages texts, String mobile, List<FormError> errors);

        static native TemplateInstance checkYourPhone(String mobile, boolean sentAgain, List<FormError> errors);
    }

    @GET
    public Response page() {
        String authorization = authorization(visitor.required());
        TextMessages texts = ApiCalls.read(() -> gateway.texts(authorization));
        return html(Templates.textMessages(texts, texts.mobile() == null ? "" : texts.mobile(), List.of()));
    }

    @POST
    @Path("/mobile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response give(@FormParam("mobile") String mobile, @FormParam("csrf") String csrf) {
        String authorization = authorization(visitor.checkForm(csrf));
        List<FormError> errors;
        if (mobile == null || mobile.isBlank()) {
            errors = List.of(new FormError("mobile", "Enter a mobile phone number", FieldCodes.REQUIRED));
        } else {
            try {
                ApiCalls.read(() -> gateway.giveMobile(authorization, new MobileNumber(mobile)));
                return seeOther("/account/texts/check");
            } catch (ApiCalls.Refused refused) {
                errors = refused.errors("mobile").stream().map(TextMessagePages::mobileWords).toList();
            }
        }
        TextMessages texts = ApiCalls.read(() -> gateway.texts(authorization));
        return html(Templates.textMessages(texts, mobile == null ? "" : mobile, errors));
    }

    @GET
    @Path("/check")
    public Response check(@QueryParam("sent") String sent) {
        String authorization = authorization(visitor.required());
        TextMessages texts = ApiCalls.read(() -> gateway.texts(authorization));
        if (texts.mobile() == null || texts.confirmed()) {
            return seeOther("/account/texts");
        }
        return html(Templates.checkYourPhone(texts.mobile(), "again".equals(sent), List.of()));
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("code") String code, @FormParam("csrf") String csrf) {
        String authorization = authorization(visitor.checkForm(csrf));
        List<FormError> errors;
        if (code == null || code.isBlank()) {
            errors = List.of(new FormError("code", "Enter the security code", FieldCodes.REQUIRED));
        } else {
            try {
                ApiCalls.read(() -> gateway.confirmMobile(authorization, new SecurityCode(code)));
                return seeOther("/account?texts=on#texts");
            } catch (ApiCalls.Refused refused) {
                errors = refused.errors("code").stream().map(TextMessagePages::codeWords).toList();
            }
        }
        TextMessages texts = ApiCalls.read(() -> gateway.texts(authorization));
        if (texts.mobile() == null) {
            return seeOther("/account/texts");
        }
        return html(Templates.checkYourPhone(texts.mobile(), false, errors));
    }

    /** "Not received a text message?": the same number again, a new code. */
    @POST
    @Path("/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@FormParam("csrf") String csrf) {
        String authorization = authorization(visitor.checkForm(csrf));
        TextMessages texts = ApiCalls.read(() -> gateway.texts(authorization));
        if (texts.mobile() == null || texts.confirmed()) {
            return seeOther("/account/texts");
        }
        try {
            ApiCalls.read(() -> gateway.giveMobile(authorization, new MobileNumber(texts.mobile())));
            return seeOther("/account/texts/check?sent=again");
        } catch (ApiCalls.Refused tooMany) {
            return html(Templates.checkYourPhone(texts.mobile(), false, tooMany.errors("code")));
        }
    }

    @POST
    @Path("/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@FormParam("csrf") String csrf) {
        String authorization = authorization(visitor.checkForm(csrf));
        ApiCalls.read(() -> {
            gateway.stopTexts(authorization);
            return null;
        });
        return seeOther("/account?texts=off#texts");
    }

    // the portal's words, chosen by the API's code; a refusal without a field (too many codes) keeps its sentence
    private static FormError mobileWords(FormError error) {
        if (FieldCodes.PATTERN.equals(error.code())) {
            return new FormError("mobile", "Enter a UK mobile phone number, like 07700 900 982", error.code());
        }
        if (FieldCodes.REQUIRED.equals(error.code())) {
            return new FormError("mobile", "Enter a mobile phone number", error.code());
        }
        return new FormError("mobile", error.message(), error.code());
    }

    private static FormError codeWords(FormError error) {
        String words = switch (error.code() == null ? "" : error.code()) {
            case FieldCodes.INVALID -> "The security code is not right. Check the text message and try again";
            case FieldCodes.EXPIRED -> "The security code has expired or been used up. Send a new code";
            case FieldCodes.UNKNOWN -> "There is no security code waiting. Send a new code";
            case FieldCodes.REQUIRED -> "Enter the security code";
            default -> error.message();
        };
        return new FormError("code", words, error.code());
    }

    private String authorization(PortalSessions.SignedIn user) {
        return "Bearer " + sessions.accessToken(user);
    }

    private static Response html(TemplateInstance page) {
        return Response.ok(page.render(), AnonymousForms.HTML).build();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
