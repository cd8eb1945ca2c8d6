package onestop.opportunities.api;

import java.util.List;

import jakarta.ws.rs.QueryParam;

/**
 * The search query parameters as given (text, which the service checks: a bad value is a 400 naming it); also the body of
 * a saved search. Repeatable: {@code cpv}, {@code status}, {@code type}.
 */
public class SearchParams {

    @QueryParam("q")
    public String q;
    @QueryParam("cpv")
    public List<String> cpv;
    @QueryParam("status")
    public List<String> status;
    @QueryParam("minValuePence")
    public String minValuePence;
    @QueryParam("maxValuePence")
    public String maxValuePence;
    @QueryParam("includeUnvalued")
    public String includeUnvalued;
    @QueryParam("closingAfter")
    public String closingAfter;
    @QueryParam("closingBefore")
    public String closingBefore;
    @QueryParam("smeSuitable")
    public String smeSuitable;
    @QueryParam("vcseSuitable")
    public String vcseSuitable;
    @QueryParam("location")
    public String location;
    @QueryParam("postcode")
    public String postcode;
    @QueryParam("buyer")
    public String buyer;
    @QueryParam("type")
    public List<String> type;
    @QueryParam("sort")
    public String sort;
    /** Only the subcontracts of this contract (its id). */
    @QueryParam("parent")
    public String parent;
    /** Only the procurements (and subcontracts) of this programme (its id). */
    @QueryParam("programme")
    public String programme;
}
