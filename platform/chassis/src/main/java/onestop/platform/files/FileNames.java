package onestop.platform.files;

import java.text.Normalizer;

/**
 * Makes an uploaded file's name safe to store and to send back in a {@code Content-Disposition} header: the
 * last path segment only, ASCII letters, digits and {@code ._ ()-}, at most 120 characters.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    public static String sanitise(String original) {
        if (original == null) {
            return "document";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9._ ()-]", "_");
        name = name.replaceAll("_+", "_").replaceAll("^[. ]+", "").trim();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        return name.isEmpty() ? "document" : name;
    }
}
