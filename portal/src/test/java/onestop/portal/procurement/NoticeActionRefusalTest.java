package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import onestop.portal.FormError;
import onestop.portal.PortalServices;

/** A refused publish, close or stage move, as the buyer's notice page shows it: against the notice's status. */
class NoticeActionRefusalTest {

    @Test
    void aDraftNotReadyToPublishNamesWhatIsMissing() {
        PortalServices.Answer notReady = new PortalServices.Answer(422, Map.of("detail", "The notice is not ready to publish.",
                "errors", List.of(Map.of("field", "closingAt", "message", "must be in the future to publish"),
                        Map.of("field", "cpvCodes", "message", "at least one CPV code is needed to publish"))), null);
        assertThat(BuyerNoticeActions.onStatus(notReady)).containsExactly(
                new FormError("status", "Closing date: must be in the future to publish"),
                new FormError("status", "CPV codes: at least one CPV code is needed to publish"));
    }

    @Test
    void aNoticeThatMovedOnInAnotherTabSaysSo() {
        PortalServices.Answer closed = new PortalServices.Answer(409,
                Map.of("detail", "A notice that is CLOSED cannot move to CLOSED."), null);
        assertThat(BuyerNoticeActions.onStatus(closed))
                .containsExactly(new FormError("status", "A notice that is CLOSED cannot move to CLOSED."));
    }
}
