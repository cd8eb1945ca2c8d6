package onestop.opportunities.api;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One notice a procurement published: its Find a Tender type ({@code UK4}) and name ("Tender notice"), its version
 * of that type, its number and time, and its OCDS release exactly as it was published.
 */
public record PublishedNotice(String noticeNumber, String noticeType, String title, int version,
        Instant publishedAt, JsonNode release) {
}
