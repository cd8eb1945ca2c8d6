package onestop.gateway.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The one ZIP a person downloads: a README saying what is in it, the gateway's own data as
 * {@code gateway/data.json}, and each service's part (its own ZIP of {@code data.json} and {@code documents/})
 * under the service's name.
 */
final class DataExportZip {

    static final String README = """
            Your data held by OneStop
            =========================

            This is a copy of everything OneStop holds about you and your business (UK GDPR, article 15).

            gateway/data.json         your account, your business as you registered it, your mobile number for
                                      text messages, your sign-ins (when each started and ended, never the
                                      tokens), your notifications and your exports
            licensing/data.json       your licence applications with their timelines, documents (their details),
                                      licences, payments, temporary event notices and hearings
            licensing/documents/      the files you uploaded, one folder per application
            opportunities/data.json   your supplier profile, responses and their assessments, the clarification
                                      questions you asked, saved searches, alerts, awards, social value reports,
                                      challenges and the licences the service knows you hold

            Each data.json holds one list of records per kind, with the names the service keeps them under.
            Times are UTC; amounts in pence. What others (officers, buyers, the public) said about you is
            not here: ask the council's data protection officer for it.
            """;

    private DataExportZip() {
    }

    /** The ZIP of the gateway's JSON and every service's part, by service name. */
    static byte[] of(String gatewayJson, Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "README.txt", README.getBytes(StandardCharsets.UTF_8));
            put(zip, "gateway/data.json", gatewayJson.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                copy(zip, part.getKey(), part.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void copy(ZipOutputStream zip, String service, byte[] part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(part))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // the services name their entries; a name that climbs out of its folder is not copied
                if (!entry.isDirectory() && !entry.getName().contains("..") && !entry.getName().startsWith("/")) {
                    put(zip, service + "/" + entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
