package onestop.opportunities.opendata;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.api.PublishedNotice;
import onestop.opportunities.opportunity.Notices;

/**
 * The notices a procurement published, oldest first, each version as it was published (its OCDS release): for
 * whoever may read the procurement (everyone once published).
 */
@Path("/api/opportunities/opportunities/{id}/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeHistoryResource {

    @Inject
    Notices notices;

    @Inject
    ObjectMapper json;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublishedNotice> history(@PathParam("id") UUID id) {
        return NoticeRelease.of(notices.readable(id).id).stream().map(this::view).toList();
    }

    private PublishedNotice view(NoticeRelease n) {
        try {
            return new PublishedNotice(n.noticeNumber, n.noticeType.name(), n.noticeType.title(), n.version, n.publishedAt,
                    json.readTree(n.release));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored release " + n.noticeNumber + " is not JSON", e);
        }
    }
}
