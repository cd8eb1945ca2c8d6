package onestop.opportunities.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import onestop.opportunities.api.ProcurementCategory;

/**
 * The Act's thresholds for a council (a sub-central authority), by category and the date they came into force,
 * read from {@code procurement/thresholds.csv}; values include VAT, as the Act counts them. A procurement is
 * above threshold when its estimated value including VAT is at least the threshold in force on the day it is
 * published. Below it, a council advertising a contract of {@value #BELOW_THRESHOLD_NOTICE_PENCE} pence or
 * more still publishes a (below-threshold) tender notice, with no pre-qualification stage.
 */
public final class Thresholds {

    /** £30,000 including VAT: from here a below-threshold contract is advertised by a tender notice (s.86). */
    public static final long BELOW_THRESHOLD_NOTICE_PENCE = 3_000_000;

    private record Threshold(LocalDate from, ProcurementCategory category, long pence) {
    }

    private static final List<Threshold> ALL = read("/procurement/thresholds.csv");

    private Thresholds() {
    }

    /** The threshold for {@code category} in force on {@code day}, in pence including VAT. */
    public static long on(LocalDate day, ProcurementCategory category) {
        return ALL.stream().filter(t -> t.category() == category && !t.from().isAfter(day))
                .max(Comparator.comparing(Threshold::from))
                .orElseThrow(() -> new IllegalStateException("No " + category + " threshold in force on " + day))
                .pence();
    }

    /** Whether a contract of {@code grossPence} (estimated, including VAT) is above threshold on {@code day}. */
    public static boolean isAbove(long grossPence, LocalDate day, ProcurementCategory category) {
        return grossPence >= on(day, category);
    }

    private static List<Threshold> read(String resource) {
        try (InputStream in = Thresholds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<Threshold> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("from,")) {
                    continue;
                }
                String[] cells = line.strip().split(",");
                rows.add(new Threshold(LocalDate.parse(cells[0]), ProcurementCategory.valueOf(cells[1]),
                        Long.parseLong(cells[2])));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
