package onestop.standins;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stand-ins' few pages: plain, escaped HTML, readable without any script or stylesheet. */
public final class Html {

    public static final String END = "</main></body></html>";

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private Html() {
    }

    public static String start(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:arial,sans-serif;margin:2em;max-width:60em}"
                + ".email{border-top:1px solid #b1b4b6;padding:1em 0}dt{font-weight:bold}"
                + "pre{white-space:pre-wrap;font-family:inherit}</style></head><body><main><h1>"
                + escape(title) + "</h1>";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Escaped text with its web addresses as links, so the link in an email can be followed. */
    public static String linked(String text) {
        Matcher links = LINK.matcher(text == null ? "" : text);
        StringBuilder html = new StringBuilder();
        int at = 0;
        while (links.find()) {
            html.append(escape(text.substring(at, links.start())));
            String url = escape(links.group());
            html.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            at = links.end();
        }
        return html.append(escape(text == null ? "" : text.substring(at))).toString();
    }
}
