package onestop.platform.address;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** OS Places API ({@code quarkus.rest-client.os-places.url}): find the delivery points of a postcode. */
@RegisterRestClient(configKey = "os-places")
@Path("/search/places/v1/postcode")
@Produces(MediaType.APPLICATION_JSON)
public interface OsPlacesApi {

    @GET
    Answer byPostcode(@QueryParam("postcode") String postcode, @QueryParam("key") String key,
            @QueryParam("dataset") String dataset);

    /** {@code results} is absent when nothing is found. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Result> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(@JsonProperty("DPA") Dpa dpa) {
    }

    /** A delivery point: the fields OneStop uses of the many OS Places sends. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dpa(@JsonProperty("UPRN") String uprn, @JsonProperty("ADDRESS") String address,
            @JsonProperty("ORGANISATION_NAME") String organisationName,
            @JsonProperty("BUILDING_NAME") String buildingName,
            @JsonProperty("BUILDING_NUMBER") String buildingNumber,
            @JsonProperty("THOROUGHFARE_NAME") String thoroughfareName,
            @JsonProperty("POST_TOWN") String postTown, @JsonProperty("POSTCODE") String postcode) {
    }
}
