package onestop.licensing.register;

import java.time.Instant;
import java.util.List;

import onestop.licensing.api.RegisterEntry;

/**
 * The register as CSV (RFC 4180): one row per licence, the same columns whatever the type, empty where the
 * register does not show a value (the name and address of an individual).
 */
final class RegisterCsv {

    private static final String HEADER = "licence_number,licence_type,status,issued_at,expires_at,holder_name,"
            + "premises_name,premises_address_line1,premises_town,premises_postcode,conditions";

    private RegisterCsv() {
    }

    static String of(List<RegisterEntry> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (RegisterEntry e : rows) {
            RegisterEntry.Premises p = e.premises();
            String[] cells = { e.licenceNumber(), e.licenceTypeName(), e.status(), text(e.issuedAt()),
                    text(e.expiresAt()), e.holderName(), p == null ? null : p.name(), p == null ? null : p.addressLine1(),
                    p == null ? null : p.town(), p == null ? null : p.postcode(),
                    e.conditions() == null ? null : String.join("; ", e.conditions()) };
            for (int i = 0; i < cells.length; i++) {
                csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    /** Quoted when it must be; a value a spreadsheet would run as a formula is kept as text. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(value);
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
