package onestop.opportunities.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.SearchParams;
import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.problem.InvalidInput;

class SearchCriteriaTest {

    @Test
    void defaultsToOpenNoticesClosingSoonestAndRanksWhenThereAreWords() {
        SearchCriteria none = SearchCriteria.from(new SearchParams());
        assertThat(none.statuses()).containsExactly(OpportunityStatus.OPEN);
        assertThat(none.sort()).isEqualTo(SearchSort.CLOSING);
        assertThat(none.includeUnvalued()).isTrue();
        SearchParams words = new SearchParams();
        words.q = "road resurfacing";
        assertThat(SearchCriteria.from(words).sort()).isEqualTo(SearchSort.RELEVANCE);
    }

    @Test
    void cpvFiltersBecomePrefixesAndPostcodesAreNormalised() {
        SearchParams p = new SearchParams();
        p.cpv = List.of("45000000-7", "4521");
        p.postcode = "b1 1";
        SearchCriteria c = SearchCriteria.from(p);
        assertThat(c.cpvPrefixes()).containsExactly("45", "4521");
        assertThat(c.postcode()).isEqualTo("B11");
    }

    @Test
    void everyBadParameterIsNamed() {
        SearchParams p = new SearchParams();
        p.type = List.of("AUCTION");
        p.minValuePence = "-1";
        p.closingAfter = "soon";
        p.status = List.of("DRAFT");
        assertThatThrownBy(() -> SearchCriteria.from(p)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(error -> error.field())
                        .containsExactlyInAnyOrder("type", "minValuePence", "closingAfter", "status"));
    }
}
