package onestop.licensing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.licensing.support.GovUkPayStub;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * A test of the running service against its own real PostgreSQL database and the test Kafka broker, with GOV.UK Pay
 * stubbed to its published contract ({@link GovUkPayStub}).
 */
@QuarkusTest
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "licensing"))
@WithTestResource(GovUkPayStub.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensingTest {
}
