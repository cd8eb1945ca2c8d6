package onestop.standins.pay;

import java.util.LinkedHashMap;
import java.util.Map;

/** A payment as GOV.UK Pay's API shows it (https://docs.payments.service.gov.uk/api_reference/). */
final class PayJson {

    private PayJson() {
    }

    static Map<String, Object> payment(PayPayment p, String publicUrl) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", p.status);
        state.put("finished", p.finished());
        if (p.code != null) {
            state.put("code", p.code);
            state.put("message", p.message);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("amount", p.amount);
        json.put("description", p.description);
        json.put("reference", p.reference);
        json.put("language", "en");
        json.put("state", state);
        json.put("payment_id", p.paymentId);
        json.put("payment_provider", "sandbox");
        json.put("created_date", p.createdDate.toString());
        json.put("return_url", p.returnUrl);
        json.put("delayed_capture", false);
        json.put("moto", false);
        long available = p.status.equals("success") ? p.amount - p.refunded() : 0;
        json.put("refund_summary", Map.of("status", refundStatus(p, available), "amount_available", available,
                "amount_submitted", p.refunded()));
        if (p.lastDigits != null) {
            json.put("card_details", Map.of("last_digits_card_number", p.lastDigits, "cardholder_name",
                    p.cardholderName, "card_brand", "Visa", "card_type", "debit"));
        }
        String self = publicUrl + "/pay/v1/payments/" + p.paymentId;
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", Map.of("href", self, "method", "GET"));
        if (!p.finished()) {
            // only while the payer can still pay, as Pay does
            links.put("next_url", Map.of("href", publicUrl + "/pay/secure/" + p.paymentId, "method", "GET"));
            links.put("cancel", Map.of("href", self + "/cancel", "method", "POST"));
        }
        links.put("events", Map.of("href", self + "/events", "method", "GET"));
        links.put("refunds", Map.of("href", self + "/refunds", "method", "GET"));
        json.put("_links", links);
        return json;
    }

    private static String refundStatus(PayPayment p, long available) {
        if (!p.status.equals("success")) {
            return "unavailable";
        }
        if (available == 0) {
            return "full";
        }
        return "available";
    }

    static Map<String, Object> refund(PayPayment p, PayPayment.Refund r, String publicUrl) {
        String payment = publicUrl + "/pay/v1/payments/" + p.paymentId;
        return Map.of("refund_id", r.refundId(), "created_date", r.createdDate().toString(), "amount", r.amount(),
                "status", r.status(), "_links", Map.of("self", Map.of("href", payment + "/refunds/" + r.refundId(),
                        "method", "GET"), "payment", Map.of("href", payment, "method", "GET")));
    }

    /** Pay's error body: a code and a description. */
    static Map<String, Object> error(String code, String description) {
        return Map.of("code", code, "description", description);
    }

    static Map<String, Object> fieldError(String field, String code, String description) {
        return Map.of("field", field, "code", code, "description", description);
    }
}
