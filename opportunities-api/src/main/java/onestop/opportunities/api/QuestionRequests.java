package onestop.opportunities.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies of asking and answering. */
public final class QuestionRequests {

    private QuestionRequests() {
    }

    public record Ask(@NotBlank @Size(max = 4000) String question) {
    }

    /** {@code publish}: show the question and answer on the public notice (default true). */
    public record Answer(@NotBlank @Size(max = 8000) String answer, Boolean publish) {
    }
}
