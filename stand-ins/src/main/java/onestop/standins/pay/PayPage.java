package onestop.standins.pay;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Pay's hosted payment page, where {@code next_url} sends the payer: card details, then "Confirm payment",
 * which takes the money (state {@code success}) and sends the payer back to the service's {@code return_url}.
 * "Cancel payment" ends it as Pay does ({@code failed}, code P0030) and also goes back. Card number
 * 4000000000000002 is declined, as on Pay's own test accounts; any other well-formed number is accepted.
 */
@Path("/pay/secure/{id}")
@Produces(MediaType.TEXT_HTML)
public class PayPage {

    static final String DECLINED_CARD = "4000000000000002";

    @Inject
    PayLedger ledger;

    @GET
    public Response cardDetails(@PathParam("id") String id) {
        Optional<PayPayment> found = ledger.find(id);
        if (found.isEmpty()) {
            return Response.status(404).entity(PayHtml.notFound()).build();
        }
        PayPayment payment = found.get();
        if (payment.finished()) {
            return Response.ok(PayHtml.finished(payment)).build();
        }
        ledger.started(payment);
        return Response.ok(PayHtml.cardForm(payment, List.of(), "", "")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enterCard(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Optional<PayPayment> found = ledger.find(id);
        if (found.isEmpty()) {
            return Response.status(404).entity(PayHtml.notFound()).build();
        }
        PayPayment payment = found.get();
        if (payment.finished()) {
            return Response.ok(PayHtml.finished(payment)).build();
        }
        String number = value(form, "cardNo").replaceAll("[\\s-]", "");
        String name = value(form, "cardholderName");
        List<String[]> errors = new ArrayList<>();
        if (!number.matches("\\d{12,19}")) {
            errors.add(new String[] {"cardNo", "Enter a valid card number"});
        }
        if (!value(form, "expiryMonth").matches("0?[1-9]|1[0-2]") || !value(form, "expiryYear").matches("\\d{2}|\\d{4}")) {
            errors.add(new String[] {"expiryMonth", "Enter a valid expiry date"});
        }
        if (name.isBlank()) {
            errors.add(new String[] {"cardholderName", "Enter the name as it appears on the card"});
        }
        if (!value(form, "cvc").matches("\\d{3,4}")) {
            errors.add(new String[] {"cvc", "Enter a valid card security code"});
        }
        if (!errors.isEmpty()) {
            return Response.ok(PayHtml.cardForm(payment, errors, name, value(form, "cardNo"))).build();
        }
        if (number.equals(DECLINED_CARD)) {
            ledger.declined(payment);
            return Response.ok(PayHtml.finished(payment)).build();
        }
        ledger.submitted(payment, name, number);
        return Response.ok(PayHtml.confirm(payment)).build();
    }

    @POST
    @Path("confirm")
    public Response confirm(@PathParam("id") String id) {
        Optional<PayPayment> found = ledger.find(id);
        if (found.isEmpty()) {
            return Response.status(404).entity(PayHtml.notFound()).build();
        }
        PayPayment payment = found.get();
        if (!payment.status.equals("submitted")) {
            return Response.ok(PayHtml.finished(payment)).build();
        }
        ledger.succeeded(payment);
        return Response.seeOther(URI.create(payment.returnUrl)).build();
    }

    @POST
    @Path("cancel")
    public Response cancel(@PathParam("id") String id) {
        Optional<PayPayment> found = ledger.find(id);
        if (found.isEmpty()) {
            return Response.status(404).entity(PayHtml.notFound()).build();
        }
        PayPayment payment = found.get();
        if (!payment.finished()) {
            ledger.cancelledByPayer(payment);
        }
        return Response.seeOther(URI.create(payment.returnUrl)).build();
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.trim();
    }
}
