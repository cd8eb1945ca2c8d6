package onestop.standins;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Stand-ins for the real services a council configures, each following its published API closely enough that
 * OneStop's own clients (GOV.UK Notify's official Java client among them) talk to them unchanged. For local runs
 * and tests only: the prod profile of a service refuses a stand-in unless ONESTOP_ALLOW_STAND_INS names it.
 */
@QuarkusMain
public class StandInsApplication {

    public static void main(String... args) {
        Quarkus.run(args);
    }
}
