package onestop.opportunities.alert;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** A saved search as its owner sees it, with the parameters as they were given. */
public record SavedSearchView(UUID id, String name, JsonNode search, Instant createdAt) {
}
