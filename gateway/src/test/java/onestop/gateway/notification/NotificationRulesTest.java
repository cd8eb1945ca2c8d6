package onestop.gateway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class NotificationRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** The short names the cases use for ids, and the ids the events carry. */
    private static final Map<String, String> ID = Map.of("a1", "0a000000-0000-0000-0000-0000000000a1",
            "a2", "0a000000-0000-0000-0000-0000000000a2", "l1", "0c000000-0000-0000-0000-0000000000c1",
            "o1", "00000000-0000-0000-0000-0000000000f1", "r1", "00000000-0000-0000-0000-0000000000e1");
    private static final UUID BUSINESS = UUID.fromString("11111111-1111-1111-1111-111111111111");

    private final NotificationRules rules = new NotificationRules();

    @Test
    void aStatusChangeTellsTheBusinessInWords() throws Exception {
        List<Notice> notices = notices("onestop.licensing.application.status-changed", """
                {"applicationId":"a1","reference":"LIC-2026-000007","businessId":"%s","status":"IN_CONSULTATION"}""");

        assertThat(notices).containsExactly(new Notice(new Notice.BusinessUsers(BUSINESS), "application-status-changed",
                "Application LIC-2026-000007 is in consultation", "Your application is now in consultation.",
                "/applications/" + ID.get("a1")));
    }

    @Test
    void informationRequestedIsToldOnceWithTheOfficersMessage() throws Exception {
        String data = """
                {"applicationId":"a1","reference":"LIC-2026-000007","businessId":"%s","status":"INFORMATION_REQUESTED",
                 "message":"Please send the plan."}""";

        assertThat(notices("onestop.licensing.application.status-changed", data)).isEmpty();
        assertThat(notices("onestop.licensing.application.information-requested", data))
                .extracting(Notice::body).containsExactly("Please send the plan. Update the application and resubmit it.");
    }

    @Test
    void licenceChangesSayWhatHappenedAndWhy() throws Exception {
        String data = """
                {"licenceId":"l1","licenceNumber":"STC-000009","businessId":"%s","licenceTypeCode":"STREET_TRADING_CONSENT",
                 "licenceTypeName":"Street trading consent","reason":"Complaints about noise",
                 "expiresAt":"2026-09-30T23:00:00Z","daysBeforeExpiry":60}""";

        assertThat(notices("onestop.licensing.licence.suspended", data)).extracting(Notice::body)
                .containsExactly("Your street trading consent STC-000009 has been suspended: Complaints about noise");
        assertThat(notices("onestop.licensing.licence.revoked", data)).extracting(Notice::kind)
                .containsExactly("licence-revoked");
        assertThat(notices("onestop.licensing.licence.renewal-due", data)).extracting(Notice::body)
                .containsExactly("Your street trading consent STC-000009 expires on 1 October 2026. Apply to renew it"
                        + " before then.");
    }

    @Test
    void aLicenceItsRenewalCarriesOnIsNotToldAsExpiredNorTexted() throws Exception {
        String expired = """
                {"licenceId":"l1","licenceNumber":"SWP-000009","businessId":"%s","licenceTypeCode":"STREET_WORKS_PERMIT",
                 "licenceTypeName":"Street works permit","status":"EXPIRED","reason":"Expired at 2027-01-31T00:00:00Z."}""";
        assertThat(notices("onestop.licensing.licence.expired", expired)).extracting(Notice::kind, Notice::texted)
                .containsExactly(tuple("licence-expired", true));

        List<Notice> renewed = notices("onestop.licensing.licence.expired", expired.replace("}",
                ",\"renewedBy\":\"SWP-000046\"}"));
        assertThat(renewed).containsExactly(new Notice(new Notice.BusinessUsers(BUSINESS), "licence-renewal-in-force",
                "Licence SWP-000046 now in force", "Your street works permit SWP-000009 has reached its end date."
                        + " Licence SWP-000046, its renewal, carries on from it.", "/licences"));
        assertThat(renewed.get(0).texted()).isFalse();
    }

    @Test
    void eachNoticeLinksToThePortalPageItsReaderCanOpen() throws Exception {
        assertThat(notices("onestop.licensing.licence.issued", """
                {"licenceId":"l1","licenceNumber":"PL-000009","businessId":"%s","licenceTypeCode":"PREMISES_LICENCE"}"""))
                .extracting(Notice::link).containsExactly("/licences/" + ID.get("l1"));
        String response = """
                {"responseId":"r1","reference":"RSP-2026-000042","opportunityId":"o1","opportunityReference":"OPP-2026-000017",
                 "title":"Park cafe","buyer":"Birmingham City Council","businessId":"%s"}""";
        assertThat(notices("onestop.opportunities.response.submitted", response))
                .extracting(Notice::audience, Notice::link)
                .containsExactly(tuple(new Notice.OrganisationBuyers("Birmingham City Council"),
                        "/buyer/notices/" + ID.get("o1")));
        assertThat(notices("onestop.opportunities.response.amended", response))
                .extracting(Notice::kind, Notice::title, Notice::link)
                .containsExactly(tuple("response-amended", "Response RSP-2026-000042 amended",
                        "/buyer/notices/" + ID.get("o1")));
    }

    @Test
    void anAwardTellsTheWinnerAndEachOtherBidder() throws Exception {
        UUID loser = UUID.randomUUID();
        List<Notice> notices = notices("onestop.opportunities.opportunity.awarded", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","businessId":"%s",
                 "unsuccessfulBusinessIds":["%s","%s"]}""".replace("\"%s\"]", "\"" + loser + "\"]"));

        assertThat(notices).extracting(Notice::kind).containsExactly("award-made", "award-lost");
        assertThat(notices.get(1).audience()).isEqualTo(new Notice.BusinessUsers(loser));
    }

    @Test
    void aLongerStandstillIsToldToTheWinnerAndEachOtherBidderWithTheBuyersReasonAndNotTexted() throws Exception {
        UUID bidder = UUID.randomUUID();
        List<Notice> notices = notices("onestop.opportunities.opportunity.standstill-extended", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","buyer":"Birmingham City Council",
                 "businessId":"%s","unsuccessfulBusinessIds":["%s","%s"],"previousLastDay":"2026-12-18",
                 "standstillLastDay":"2026-12-24","reason":"To consider a challenge"}"""
                .replace("\"%s\"]", "\"" + bidder + "\"]"));

        assertThat(notices).extracting(Notice::audience)
                .containsExactly(new Notice.BusinessUsers(BUSINESS), new Notice.BusinessUsers(bidder));
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo("standstill-extended");
            assertThat(notice.title()).isEqualTo("Standstill on OPP-2026-000017 extended to 24 December 2026");
            assertThat(notice.body()).isEqualTo("The buyer has extended the standstill after the award of \"Park cafe\""
                    + " from 18 December 2026 to 24 December 2026: the contract will not be entered into before then."
                    + " The buyer's reason: To consider a challenge");
            assertThat(notice.link()).isEqualTo("/opportunities/" + ID.get("o1"));
            assertThat(notice.texted()).isFalse();
        });
    }

    @Test
    void aChallengedAwardIsToldToTheBuyerAndItsOutcomeToTheChallengerWithTheBuyersNote() throws Exception {
        List<Notice> raised = notices("onestop.opportunities.opportunity.award-challenged", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","buyer":"Birmingham City Council",
                 "challengeId":"r1","businessId":"%s","standstillLastDay":"2026-12-18","raisedAt":"2026-12-10T09:00:00Z"}""");

        assertThat(raised).containsExactly(new Notice(new Notice.OrganisationBuyers("Birmingham City Council"),
                "award-challenged", "Award of OPP-2026-000017 challenged", "A supplier that tendered has challenged"
                        + " the award of \"Park cafe\" during the standstill, which ends on 18 December 2026. The contract"
                        + " is suspended: it cannot be entered into until you record the challenge's outcome. Read the"
                        + " grounds and record it on the notice's standstill page.",
                "/buyer/notices/" + ID.get("o1") + "/standstill"));

        List<Notice> resolved = notices("onestop.opportunities.opportunity.award-challenge-resolved", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","buyer":"Birmingham City Council",
                 "challengeId":"r1","businessId":"%s","outcome":"DISMISSED","note":"The criterion was the published one",
                 "resolvedAt":"2026-12-11T09:00:00Z"}""");

        assertThat(resolved).containsExactly(new Notice(new Notice.BusinessUsers(BUSINESS), "award-challenge-resolved",
                "Your challenge of the award of OPP-2026-000017 was dismissed", "The buyer has recorded that your"
                        + " challenge of the award of \"Park cafe\" was dismissed. The buyer's note: The criterion was"
                        + " the published one", "/opportunities/" + ID.get("o1") + "/award-challenge"));
    }

    @Test
    void aChangedTenderNoticeIsToldToThoseWhoRespondedToConfirmOrAmend() throws Exception {
        List<Notice> notices = notices("onestop.opportunities.opportunity.changed", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","noticeVersion":2,
                 "respondentBusinessIds":["%s"]}""");

        assertThat(notices).extracting(Notice::audience, Notice::kind, Notice::link).containsExactly(
                tuple(new Notice.BusinessUsers(BUSINESS), "notice-changed", "/opportunities/" + ID.get("o1")));
        assertThat(notices.get(0).title()).isEqualTo("Notice OPP-2026-000017 has changed");
        assertThat(notices.get(0).body()).isEqualTo("The buyer changed \"Park cafe\" after you responded. Check your "
                + "response still answers it, then confirm it or amend it before the deadline.");
    }

    @Test
    void aDocumentAddedToANoticeIsToldToThoseWhoResponded() throws Exception {
        UUID other = UUID.randomUUID();
        List<Notice> notices = notices("onestop.opportunities.opportunity.document-added", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","name":"pricing.xlsx",
                 "respondentBusinessIds":["%s","OTHER"]}""".replace("OTHER", other.toString()));

        assertThat(notices).extracting(Notice::audience, Notice::kind, Notice::link).containsExactly(
                tuple(new Notice.BusinessUsers(BUSINESS), "document-added", "/opportunities/" + ID.get("o1")),
                tuple(new Notice.BusinessUsers(other), "document-added", "/opportunities/" + ID.get("o1")));
        assertThat(notices.get(0).body()).isEqualTo("The buyer added \"pricing.xlsx\" to \"Park cafe\" after you "
                + "responded. Check your response still answers it, then confirm it or amend it before the deadline.");
        assertThat(notices("onestop.opportunities.opportunity.document-added", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","name":"pricing.xlsx"}""")).isEmpty();
    }

    @Test
    void anAlertSaysWhetherASavedSearchOrTheSupplierProfileMatched() throws Exception {
        List<Notice> saved = notices("onestop.opportunities.alert.raised", """
                {"alertId":"a1","businessId":"%s","opportunityId":"o1","reference":"OPP-2026-000017",
                 "title":"Park cafe","savedSearchName":"Catering"}""");
        assertThat(saved).extracting(Notice::audience, Notice::kind, Notice::link).containsExactly(
                tuple(new Notice.BusinessUsers(BUSINESS), "opportunity-alert", "/opportunities/" + ID.get("o1")));
        assertThat(saved.get(0).title()).isEqualTo("New opportunity: Park cafe");
        assertThat(saved.get(0).body()).isEqualTo("OPP-2026-000017 matches your saved search \"Catering\".");

        List<Notice> profile = notices("onestop.opportunities.alert.raised", """
                {"alertId":"a1","businessId":"%s","opportunityId":"o1","reference":"OPP-2026-000017",
                 "title":"Park cafe","matchedInterests":true}""");
        assertThat(profile.get(0).body())
                .isEqualTo("OPP-2026-000017 is in the work your supplier profile says you are interested in.");
    }

    @Test
    void aCancelledNoticeIsToldToThoseWhoRespondedWithTheReason() throws Exception {
        List<Notice> notices = notices("onestop.opportunities.opportunity.cancelled", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","reason":"Budget withdrawn",
                 "respondentBusinessIds":["%s"]}""");

        assertThat(notices).extracting(Notice::audience, Notice::kind, Notice::link).containsExactly(
                tuple(new Notice.BusinessUsers(BUSINESS), "notice-cancelled", "/opportunities/" + ID.get("o1")));
        assertThat(notices.get(0).title()).isEqualTo("Notice OPP-2026-000017 cancelled");
        assertThat(notices.get(0).body()).isEqualTo("The buyer cancelled \"Park cafe\", which you responded to, so "
                + "there will be no award: Budget withdrawn");
        assertThat(notices("onestop.opportunities.opportunity.cancelled", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","reason":"Budget withdrawn"}""")).isEmpty();
    }

    @Test
    void aDocumentRemovedFromANoticeIsToldToThoseWhoResponded() throws Exception {
        List<Notice> notices = notices("onestop.opportunities.opportunity.document-removed", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","title":"Park cafe","name":"pricing.xlsx",
                 "respondentBusinessIds":["%s"]}""");

        assertThat(notices).extracting(Notice::audience, Notice::kind, Notice::link).containsExactly(
                tuple(new Notice.BusinessUsers(BUSINESS), "document-removed", "/opportunities/" + ID.get("o1")));
        assertThat(notices.get(0).title()).isEqualTo("Document removed from OPP-2026-000017");
        assertThat(notices.get(0).body()).isEqualTo("The buyer removed \"pricing.xlsx\" from \"Park cafe\" after you "
                + "responded. Check your response still answers it, then confirm it or amend it before the deadline.");
        // an event from before 1.2.0 names nobody
        assertThat(notices("onestop.opportunities.opportunity.document-removed", """
                {"opportunityId":"o1","reference":"OPP-2026-000017","name":"pricing.xlsx"}""")).isEmpty();
    }

    @Test
    void aDraftTheLicensingServiceOpenedAfterAnAwardIsToldWithItsReason() throws Exception {
        List<Notice> notices = notices("onestop.licensing.application.status-changed", """
                {"applicationId":"a2","reference":"LIC-2026-000042","businessId":"%s","status":"DRAFT",
                 "message":"Draft opened for you: contract OPP-2026-000017 (Park cafe) was awarded to you."}""");

        assertThat(notices).extracting(Notice::kind, Notice::title)
                .containsExactly(tuple("draft-opened", "Draft application LIC-2026-000042 opened for you"));
        assertThat(notices.get(0).body()).startsWith("Draft opened for you: contract OPP-2026-000017");
    }

    @Test
    void aHearingAndTheDecisionAfterItAreToldWithTheirDayPlaceAndAppealDeadline() throws Exception {
        assertThat(notices("onestop.licensing.application.hearing-scheduled", """
                {"applicationId":"a1","reference":"LIC-2027-000007","businessId":"%s","status":"IN_CONSULTATION",
                 "hearingStartsAt":"2027-07-14T09:00:00Z","hearingPlace":"Council House, Committee Room 2"}"""))
                .extracting(Notice::kind, Notice::title, Notice::body)
                .containsExactly(tuple("hearing-scheduled", "Hearing on LIC-2027-000007",
                        "The licensing sub-committee will hear your application on 14 July 2027 at 10:00 at "
                                + "Council House, Committee Room 2. You may attend and speak; the representations are "
                                + "on your application."));
        List<Notice> decided = notices("onestop.licensing.application.status-changed", """
                {"applicationId":"a1","reference":"LIC-2027-000007","businessId":"%s","status":"GRANTED",
                 "outcome":"GRANT_WITH_MODIFIED_CONDITIONS","appealDeadline":"2027-08-03",
                 "hearingStartsAt":"2027-07-14T09:00:00Z","message":"Granted; licence PL-000042 issued."}""");
        assertThat(decided).extracting(Notice::kind, Notice::title, Notice::body)
                .containsExactly(tuple("decision-after-hearing", "Decision on LIC-2027-000007 after the hearing",
                        "Granted; licence PL-000042 issued. You may appeal to the magistrates' court until "
                                + "3 August 2027."));
    }

    @Test
    void onlyWhatNeedsThePersonSoonGoesByTextToo() throws Exception {
        String application = """
                {"applicationId":"a1","reference":"LIC-2026-000007","businessId":"%s","status":"%s",
                 "previousStatus":"UNDER_REVIEW"}""";
        String licence = """
                {"licenceId":"l1","licenceNumber":"PL-000009","businessId":"%s","licenceTypeCode":"street-trading"}""";
        String type = "onestop.licensing.application.status-changed";

        assertThat(notices(type, application.formatted("%s", "GRANTED"))).extracting(Notice::texted)
                .containsExactly(true);
        assertThat(notices(type, application.formatted("%s", "REFUSED"))).extracting(Notice::texted)
                .containsExactly(true);
        assertThat(notices(type, application.formatted("%s", "IN_CONSULTATION"))).extracting(Notice::texted)
                .as("a step on the way").containsExactly(false);
        assertThat(notices(type, application.formatted("%s", "WITHDRAWN"))).extracting(Notice::texted)
                .as("withdrawn: mostly the business's own doing").containsExactly(false);
        assertThat(notices("onestop.licensing.application.information-requested",
                application.formatted("%s", "INFORMATION_REQUESTED"))).extracting(Notice::texted).containsExactly(true);
        assertThat(notices("onestop.licensing.licence.suspended", licence)).extracting(Notice::texted)
                .containsExactly(true);
        assertThat(notices("onestop.licensing.licence.renewal-due", licence)).extracting(Notice::texted)
                .containsExactly(true);
        assertThat(notices("onestop.licensing.licence.reinstated", licence)).extracting(Notice::texted)
                .containsExactly(false);
        assertThat(notices("onestop.licensing.licence.issued", licence)).extracting(Notice::texted)
                .containsExactly(false);
    }

    @Test
    void eventsThatConcernNobodyMakeNoNotice() throws Exception {
        assertThat(notices("onestop.opportunities.opportunity.published", "{}")).isEmpty();
        assertThat(notices("onestop.licensing.application.status-changed", """
                {"businessId":"%s","status":"DRAFT","previousStatus":"SUBMITTED"}""")).isEmpty();
        assertThat(notices("onestop.licensing.licence.issued", "{}")).isEmpty();
    }

    @Test
    void anExtendedTargetTellsTheApplicantTheNewDateAndWhy() throws Exception {
        assertThat(notices("onestop.licensing.application.target-extended", """
                {"applicationId":"a1","reference":"LIC-2026-000007","businessId":"%s","status":"UNDER_REVIEW",
                 "dueDate":"2027-02-12","message":"Target period extended by 5 working days. Reasons: a site visit"}"""))
                .containsExactly(new Notice(new Notice.BusinessUsers(BUSINESS), "target-extended",
                        "Decision on LIC-2026-000007 now due by 12 February 2027",
                        "Target period extended by 5 working days. Reasons: a site visit",
                        "/applications/" + ID.get("a1")));
    }

    @Test
    void aTransferTellsTheNewHolderAndTheOldOne() throws Exception {
        UUID old = UUID.fromString("22222222-2222-2222-2222-222222222222");
        List<Notice> notices = notices("onestop.licensing.licence.transferred",
                "{\"licenceId\":\"l1\",\"licenceNumber\":\"PL-000009\",\"businessId\":\"%s\","
                        + "\"licenceTypeCode\":\"PREMISES_LICENCE\",\"status\":\"ACTIVE\",\"previousBusinessId\":\""
                        + old + "\"}");

        assertThat(notices).extracting(Notice::kind).containsExactly("licence-transferred-to-you",
                "licence-transferred-away");
        assertThat(notices.get(0).audience()).isEqualTo(new Notice.BusinessUsers(BUSINESS));
        assertThat(notices.get(1).audience()).isEqualTo(new Notice.BusinessUsers(old));
        assertThat(notices.get(1).body()).contains("You no longer hold it");
    }

    @Test
    void aTransferAppliedForAsksTheHolderForItsConsent() throws Exception {
        List<Notice> notices = notices("onestop.licensing.licence.transfer-requested",
                "{\"licenceId\":\"l1\",\"licenceNumber\":\"PL-000009\",\"businessId\":\"%s\","
                        + "\"licenceTypeCode\":\"HMO_LICENCE\",\"licenceTypeName\":\"HMO licence\",\"status\":\"ACTIVE\","
                        + "\"applicationId\":\"a1\"}");

        assertThat(notices).containsExactly(new Notice(new Notice.BusinessUsers(BUSINESS),
                "licence-transfer-requested", "Consent asked to transfer licence PL-000009",
                "Another business has applied to take over your HMO licence PL-000009. It cannot submit"
                        + " its application until you give or refuse your consent.", "/licences/transfers"));
    }

    /** What the rules make of an event of {@code type} whose data, read into its record, is {@code template}. */
    @Test
    void eachSupplierIsToldItsOutcomeAtADecidedChallengeStage() throws Exception {
        String event = """
                {"opportunityId":"o1","reference":"OPP-2026-000021","title":"Clean air in schools",
                 "stage":"EXPLORATION","businessId":"%s","outcome":"OUTCOME","fundingPence":3000000}""";
        List<Notice> funded = notices("onestop.opportunities.challenge.decided", event.replace("OUTCOME", "FUNDED"));
        List<Notice> out = notices("onestop.opportunities.challenge.decided", event.replace("OUTCOME", "OUT"));

        assertThat(funded).extracting(Notice::kind, Notice::title).containsExactly(tuple("challenge-funded",
                "You are funded for the next phase of Clean air in schools"));
        assertThat(funded.get(0).body()).contains("£30,000.00").contains("exploration stage");
        assertThat(funded.get(0).audience()).isEqualTo(new Notice.BusinessUsers(BUSINESS));
        assertThat(out).extracting(Notice::kind).containsExactly("challenge-out");
    }

    private List<Notice> notices(String type, String template) throws Exception {
        String data = template.replace("%s", BUSINESS.toString());
        for (Map.Entry<String, String> id : ID.entrySet()) {
            data = data.replace("\"" + id.getKey() + "\"", "\"" + id.getValue() + "\"");
        }
        return rules.noticesFor(type, JSON.readValue(data, NotificationRules.dataRecordOf(type)));
    }
}
