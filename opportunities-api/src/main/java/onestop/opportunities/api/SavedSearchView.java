package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/** A saved search as its owner sees it, with the parameters as they were given. */
public record SavedSearchView(UUID id, String name, SearchParams search, Instant createdAt) {
}
