package onestop.platform.companieshouse;

import java.util.Locale;

/**
 * Whether the name a business gave is its registered name: compared ignoring case, punctuation, spacing and the
 * words "Ltd" and "Limited" (so "Digbeth Deli" is "DIGBETH DELI LTD" and "Digbeth Deli Limited").
 */
public final class CompanyNames {

    private CompanyNames() {
    }

    public static boolean match(String given, String registered) {
        return given != null && registered != null && !normal(given).isEmpty()
                && normal(given).equals(normal(registered));
    }

    static String normal(String name) {
        String words = name.toUpperCase(Locale.ROOT).replace("&", " AND ").replaceAll("[^A-Z0-9 ]", " ");
        return (" " + words + " ").replaceAll(" (LTD|LIMITED) ", " ").replaceAll(" (LTD|LIMITED) ", " ")
                .replaceAll("\\s+", " ").trim();
    }
}
