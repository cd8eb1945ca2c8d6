package onestop.system;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test, the opportunities service's clock is back to the real time if a deadline passing moved it
 * ({@link RunningSystem#deadlinePasses}): the next test's notices have their deadlines from now. Registered for
 * every test of this module (junit-platform.properties).
 */
public class DeadlineClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        RunningSystem.afterTest();
    }
}
