package onestop.system.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The fault suite's figures as a Markdown section, ready to be copied into bench/RESULTS.md. */
final class FaultFigures {

    private FaultFigures() {
    }

    static void write(Path file, List<FaultSuiteIT.Recovery> recoveries, SteadyLoad load, int lostDrafts,
            FaultSuiteIT.Outcome grants, long deadLettered) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("### Fault suite, ").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()))
                .append(" at the end\n\n");
        md.append("| Crash (SIGKILL) | Kept down | Serving again after restart |\n|---|---|---|\n");
        for (FaultSuiteIT.Recovery r : recoveries) {
            md.append("| ").append(r.fault()).append(" | ").append(r.down().toSeconds()).append(" s | ")
                    .append(String.format("%.1f s", r.recovered().toMillis() / 1000.0)).append(" |\n");
        }
        md.append("\n| Writes | Acknowledged | Lost | Duplicated |\n|---|---|---|---|\n");
        md.append("| Drafts created | ").append(load.drafts()).append(" | ").append(lostDrafts).append(" | - |\n");
        md.append("| Licences granted (projection and inbox) | ").append(load.acknowledgedGrants().size())
                .append(" | ").append(grants.missing()).append(" | ").append(grants.duplicated()).append(" |\n");
        md.append("\nWrites refused or unanswered while a part was down: ").append(load.refused())
                .append(" (5xx other than 503: ").append(load.internalErrors().size())
                .append("; 502 to a request in flight when its service was killed: ")
                .append(load.cutOffByKill().size()).append(")")
                .append(". Events dead-lettered: ").append(deadLettered).append(".\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString());
    }
}
