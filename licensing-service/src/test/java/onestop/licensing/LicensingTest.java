package onestop.licensing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.OneStopTestInfrastructure;

/** A test of the running service against its own real PostgreSQL database and the test Kafka broker. */
@QuarkusTest
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "licensing"))
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensingTest {
}
