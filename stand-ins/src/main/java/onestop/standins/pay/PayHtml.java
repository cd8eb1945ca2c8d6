package onestop.standins.pay;

import java.util.List;

/** The hosted payment page's HTML: plain, accessible, and marked everywhere as a stand-in. */
final class PayHtml {

    private PayHtml() {
    }

    static String cardForm(PayPayment p, List<String[]> errors, String name, String cardNo) {
        StringBuilder body = new StringBuilder();
        if (!errors.isEmpty()) {
            body.append("<div class=\"error-summary\" role=\"alert\"><h2>There is a problem</h2><ul>");
            errors.forEach(e -> body.append("<li><a href=\"#").append(e[0]).append("\">").append(esc(e[1]))
                    .append("</a></li>"));
            body.append("</ul></div>");
        }
        body.append("<h1>Enter card details</h1>").append(summary(p))
                .append("<form method=\"post\" action=\"/pay/secure/").append(p.paymentId).append("\" novalidate>")
                .append(field("cardNo", "Card number", esc(cardNo), "cc-number"))
                .append("<fieldset><legend>Expiry date</legend>")
                .append(field("expiryMonth", "Month", "", "cc-exp-month"))
                .append(field("expiryYear", "Year", "", "cc-exp-year")).append("</fieldset>")
                .append(field("cardholderName", "Name on card", esc(name), "cc-name"))
                .append(field("cvc", "Card security code", "", "cc-csc"))
                .append("<button type=\"submit\">Continue</button></form>")
                .append(cancel(p));
        return page("Enter card details", body.toString());
    }

    static String confirm(PayPayment p) {
        return page("Confirm your payment", "<h1>Confirm your payment</h1>" + summary(p)
                + "<p>Card ending <strong>" + esc(p.lastDigits) + "</strong>, " + esc(p.cardholderName) + "</p>"
                + "<form method=\"post\" action=\"/pay/secure/" + p.paymentId + "/confirm\">"
                + "<button type=\"submit\">Confirm payment</button></form>" + cancel(p));
    }

    static String finished(PayPayment p) {
        String what = switch (p.status) {
            case "success" -> "Your payment has been taken.";
            case "failed" -> "P0010".equals(p.code) ? "Your payment has been declined." : esc(p.message) + ".";
            default -> "This payment has ended (" + esc(p.status) + ").";
        };
        return page("Payment finished", "<h1>" + what + "</h1>" + summary(p) + "<p><a href=\"" + esc(p.returnUrl)
                + "\">Go back to the service</a></p>");
    }

    static String notFound() {
        return page("Payment not found", "<h1>Payment not found</h1>");
    }

    private static String summary(PayPayment p) {
        return "<dl><dt>Payment for</dt><dd>" + esc(p.description) + "</dd><dt>Total amount</dt><dd id=\"amount\">£"
                + String.format("%d.%02d", p.amount / 100, p.amount % 100) + "</dd></dl>";
    }

    private static String cancel(PayPayment p) {
        return "<form method=\"post\" action=\"/pay/secure/" + p.paymentId + "/cancel\">"
                + "<button type=\"submit\" class=\"link\">Cancel payment</button></form>";
    }

    private static String field(String name, String label, String value, String autocomplete) {
        return "<p><label for=\"" + name + "\">" + label + "</label><br><input id=\"" + name + "\" name=\"" + name
                + "\" type=\"text\" autocomplete=\"" + autocomplete + "\" value=\"" + value + "\"></p>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " – GOV.UK Pay (stand-in)</title><meta name=\"viewport\" content=\"width=device-width\">"
                + "<style>body{font-family:arial,sans-serif;max-width:40em;margin:1em auto;padding:0 1em}"
                + ".stand-in{background:#ffdd00;padding:.5em}.error-summary{border:4px solid #d4351c;padding:.5em}"
                + "button{background:#00703c;color:#fff;border:0;padding:.5em 1em;font-size:1em}"
                + "button.link{background:none;color:#1d70b8;text-decoration:underline;padding:0}</style></head>"
                + "<body><p class=\"stand-in\"><strong>Stand-in for GOV.UK Pay.</strong> No money is taken: this is "
                + "the OneStop local stand-in, not the real payment service.</p><main>" + body
                + "</main></body></html>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
