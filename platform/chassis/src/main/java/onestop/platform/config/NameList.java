package onestop.platform.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A comma-separated list of names in a setting ({@code ONESTOP_ALLOW_INSECURE_DEFAULTS}, {@code ONESTOP_ALLOW_STAND_INS}). */
public final class NameList {

    private NameList() {
    }

    public static Set<String> split(Optional<String> setting) {
        return setting.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
