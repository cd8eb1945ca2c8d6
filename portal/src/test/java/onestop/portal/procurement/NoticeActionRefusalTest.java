package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import onestop.portal.FormError;

/** A refused publish or stage move, as the buyer's notice page shows it: against the notice's status. */
class NoticeActionRefusalTest {

    @Test
    void aDraftNotReadyToPublishNamesWhatIsMissing() {
        List<FormError> notReady = List.of(new FormError("closingAt", "Must be in the future to publish", "invalid"),
                new FormError("cpvCodes", "At least one CPV code is needed to publish", "required"));
        assertThat(BuyerNoticeActions.onStatus(notReady)).containsExactly(
                new FormError("status", "Closing date: must be in the future to publish"),
                new FormError("status", "CPV codes: at least one CPV code is needed to publish"));
    }

    @Test
    void aNoticeThatMovedOnInAnotherTabSaysSo() {
        List<FormError> closed = List.of(new FormError("status", "A notice that is closed cannot become closed."));
        assertThat(BuyerNoticeActions.onStatus(closed))
                .containsExactly(new FormError("status", "A notice that is closed cannot become closed."));
    }
}
