package onestop.gateway;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import onestop.platform.time.MovableClock;

/** Replaces the gateway's clock in tests with one a test moves and then resets. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
