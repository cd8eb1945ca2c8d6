package onestop.gateway;

import java.util.function.BiConsumer;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway. Its console log is written by a thread of its own (application.properties): a start that
 * fails can end the process before that thread has written why, so the reason of a failed start is also written to
 * standard error at once, before Quarkus' usual exit.
 */
@QuarkusMain
public class GatewayApplication {

    public static void main(String... args) {
        BiConsumer<Integer, Throwable> usualExit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        Quarkus.run(null, (status, failure) -> {
            if (failure != null) {
                System.err.println(reason(failure));
                System.err.flush();
            }
            usualExit.accept(status, failure);
        }, args);
    }

    static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder("The gateway did not start: ").append(failure);
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            reason.append(System.lineSeparator()).append("  caused by ").append(cause);
        }
        return reason.toString();
    }
}
