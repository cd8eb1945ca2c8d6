package onestop.platform.companieshouse;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Companies House public data API ({@code quarkus.rest-client.companies-house.url}): the company profile, with
 * basic auth whose username is the API key.
 */
@RegisterRestClient(configKey = "companies-house")
@Path("/company")
@Produces(MediaType.APPLICATION_JSON)
public interface CompaniesHouseApi {

    @GET
    @Path("/{number}")
    CompanyProfile company(@HeaderParam(HttpHeaders.AUTHORIZATION) String basicAuth, @PathParam("number") String number);

    /** The fields of the profile OneStop checks; Companies House sends many more. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CompanyProfile(@JsonProperty("company_number") String number, @JsonProperty("company_name") String name,
            @JsonProperty("company_status") String status) {
    }
}
