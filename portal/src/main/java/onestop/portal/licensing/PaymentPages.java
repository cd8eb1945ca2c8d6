package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.PaymentView;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * Paying the fee with GOV.UK Pay: "Pay" starts a payment and sends the payer to Pay's payment page
 * ({@code nextUrl}); Pay sends them back to the return page, which asks the service (which asks Pay) whether the
 * money was taken: paid, or not paid with "Try again". While Pay cannot be reached, the person is told that
 * nothing was charged.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
public class PaymentPages {

    static final String PAY_AWAY = "GOV.UK Pay is not available at the moment. Nothing has been charged. "
            + "Try again in a few minutes";

    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance pay(ApplicationView app, List<FormError> errors);

        /** {@code payment} null when Pay could not be asked ({@code unavailable} says so). */
        static native TemplateInstance paymentReturn(ApplicationView app, PaymentView payment, String unavailable);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("{id}/pay")
    public Response payPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return page(Templates.pay(editable(id), List.of()));
    }

    @POST
    @Path("{id}/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        PaymentView payment;
        try {
            payment = ApiCalls.read(() -> client.pay(licensing.authorization(), id));
        } catch (ApiCalls.Refused refused) {
            // paid already (perhaps in another tab): the page says so, and that the fee is paid
            return page(Templates.pay(editable(id), Refusals.of(refused, "pay", f -> f)));
        } catch (ApiCalls.Unavailable away) {
            return Response.status(503).entity(Templates.pay(editable(id), List.of(new FormError("pay", PAY_AWAY)))
                    .render()).type(MediaType.TEXT_HTML).header("Retry-After", "60").build();
        }
        return Response.seeOther(URI.create(payment.nextUrl())).build();
    }

    @GET
    @Path("{id}/payment-return")
    public Response paymentReturn(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        ApplicationView app = licensing.application(id);
        try {
            PaymentView payment = ApiCalls.read(() -> client.payment(licensing.authorization(), id));
            // the application as it is now that the payment is settled
            return page(Templates.paymentReturn(licensing.application(id), payment, null));
        } catch (ApiCalls.Unavailable away) {
            return page(Templates.paymentReturn(app, null, "We could not check your payment with GOV.UK Pay just "
                    + "now. It is not shown as paid yet. Check again in a few minutes"));
        }
    }

    private ApplicationView editable(UUID id) {
        ApplicationView app = licensing.application(id);
        if (app.allowedActions() == null || !app.allowedActions().contains("EDIT")) {
            throw new NotFoundException();
        }
        return app;
    }
}
