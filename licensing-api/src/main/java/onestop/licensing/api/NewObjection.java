package onestop.licensing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/licensing/applications/{id}/objections}: the reasons are required (s.104(2)). */
public record NewObjection(@NotBlank @Size(max = 10000) String reasons) {
}
