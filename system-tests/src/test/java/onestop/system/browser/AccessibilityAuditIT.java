package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit every journey's pages go through finds what it is there to find: a page with WCAG failures fails
 * {@link PortalBrowser.Visitor#sees}, naming the rules, and the same page mended passes. No running system: the
 * pages are written into the tab.
 */
class AccessibilityAuditIT {

    private static final String FAILING = """
            <!DOCTYPE html><html><head><title>Broken page</title></head><body><main>
            <h1>Broken page</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <form><input type="text" name="postcode"></form>
            <p style="color:#aaa;background:#fff">Pale text nobody can read</p>
            </main></body></html>""";

    private static final String MENDED = """
            <!DOCTYPE html><html lang="en"><head><title>Mended page</title></head><body><main>
            <h1>Mended page</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The council's crest">
            <form><label for="postcode">Postcode</label><input type="text" id="postcode" name="postcode"></form>
            <p style="color:#0b0c0c;background:#fff">Text anyone can read</p>
            </main></body></html>""";

    private static PortalBrowser browser;

    @BeforeAll
    static void start() {
        browser = new PortalBrowser("http://127.0.0.1:9");
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aPageThatFailsWcagFailsTheJourneyNamingEachRule() {
        PortalBrowser.Visitor visitor = browser.visitor(true);
        visitor.page().setContent(FAILING);

        assertThatThrownBy(() -> visitor.sees("Broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label")
                .hasMessageContaining("color-contrast")
                .hasMessageContaining("html-has-lang");
    }

    @Test
    void theSamePageMendedPasses() {
        PortalBrowser.Visitor visitor = browser.visitor(true);
        visitor.page().setContent(MENDED);

        assertThatCode(() -> visitor.sees("Mended page")).doesNotThrowAnyException();
    }
}
