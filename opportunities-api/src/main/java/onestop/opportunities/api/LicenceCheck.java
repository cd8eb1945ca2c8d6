package onestop.opportunities.api;

import java.util.Collection;
import java.util.List;

/** Which of the licence types a notice requires a supplier holds, and which it lacks. */
public record LicenceCheck(List<String> required, List<String> held, List<String> missing) {

    public static LicenceCheck of(Collection<String> required, Collection<String> heldTypes) {
        List<String> req = required.stream().distinct().sorted().toList();
        return new LicenceCheck(req, req.stream().filter(heldTypes::contains).toList(),
                req.stream().filter(type -> !heldTypes.contains(type)).toList());
    }
}
