package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import onestop.system.Mailbox;

/**
 * Headless Debian Chromium driven by Playwright, as a person would use the portal: one browser per test
 * class, a fresh context (cookies, JavaScript on or off) per person. Playwright never downloads a browser
 * of its own. Every page a journey looks at is checked with axe-core against WCAG 2.2 A and AA.
 */
public final class PortalBrowser implements AutoCloseable {

    /** The WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final Path screenshots;
    private final List<BrowserContext> contexts = new ArrayList<>();

    public PortalBrowser(String baseUrl) {
        Path chromium = Path.of(Objects.requireNonNullElse(System.getenv("ONESTOP_CHROMIUM"), "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Debian's chromium at %s (install it with: apt-get install chromium)", chromium).isTrue();
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        this.baseUrl = baseUrl;
        this.screenshots = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize()
                .resolve("system-tests/target/screenshots");
    }

    /** A new person at the portal, with no cookies, and JavaScript on or off. */
    public Visitor visitor(boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl).setJavaScriptEnabled(javaScript).setViewportSize(1024, 900));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return new Visitor(context.newPage(), javaScript);
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }

    /** One person's tab. */
    public final class Visitor {

        private final Page page;
        private final boolean javaScript;

        private Visitor(Page page, boolean javaScript) {
            this.page = page;
            this.javaScript = javaScript;
        }

        public Page page() {
            return page;
        }

        public Visitor open(String path) {
            page.navigate(path);
            return this;
        }

        /**
         * Checks the page a person sees now: its title says where they are, it has no WCAG 2.2 A or AA
         * violation that axe-core finds. With JavaScript off, axe-core cannot run in the page; the journey
         * with JavaScript on audits the same server-rendered pages. axe-core runs in the page itself ("legacy
         * mode"): its newer way audits each frame apart and then joins the results in a second, blank page,
         * which took 1.5–3 s a page here against about 0.6 s, and the portal's pages have no frames to join
         * ({@code AccessibilityAuditIT} shows the audit still finds what it should).
         */
        public Visitor sees(String title) {
            assertThat(page.title()).as("title of %s", page.url()).startsWith(title);
            if (javaScript) {
                AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
                assertThat(describe(results.getViolations())).as("axe-core on %s", page.url()).isEmpty();
            }
            return this;
        }

        /** Keeps a full-page picture for docs/screenshots (copied there by hand when pages change). */
        public Visitor screenshot(String name) {
            if (javaScript) {
                try {
                    Files.createDirectories(screenshots);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
            }
            return this;
        }

        public Visitor fill(String label, String value) {
            page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
            return this;
        }

        public Visitor check(String label) {
            page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
            return this;
        }

        public Visitor select(String label, String option) {
            page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).selectOption(option);
            return this;
        }

        /** Presses a button and waits for the page it leads to. */
        public Visitor press(String button) {
            page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(button).setExact(true)).click());
            return this;
        }

        /** Follows a link and waits for the page it leads to. */
        public Visitor follow(String link) {
            page.waitForNavigation(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(link).setExact(true)).first().click());
            return this;
        }

        /** Fills a form field found by its id, for fields whose label repeats (rows of a table, say). */
        public Visitor fillField(String id, String value) {
            page.locator("#" + id).fill(value);
            return this;
        }

        /** Chooses an option of a select found by its id, for selects whose label repeats. */
        public Visitor selectField(String id, String option) {
            page.locator("#" + id).selectOption(option);
            return this;
        }

        /** Chooses a file for the upload field with this label. */
        public Visitor upload(String label, String fileName, String mimeType, byte[] content) {
            page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                    .setInputFiles(new FilePayload(fileName, mimeType, content));
            return this;
        }

        /** Opens the confirmation link mailed to the address, as its owner would, and confirms it. */
        public Visitor confirmsEmail(Mailbox mailbox, String email) {
            return open(mailbox.link(email, "/verify-email")).sees("Confirm your email address")
                    .press("Confirm email address").sees("Email address confirmed");
        }

        /** Signs in through the sign-in page, and lands where the portal sends them. */
        public Visitor signIn(String email, String password) {
            open("/sign-in").sees("Sign in").fill("Email address", email).fill("Password", password).press("Sign in");
            return this;
        }

        /** The text of the main content, for assertions on what the person reads. */
        public String text() {
            return page.locator("main").innerText();
        }
    }

    private static List<String> describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }
}
