package onestop.platform.config;

/** A start refused in production: said on standard error at once, then thrown to stop the start. */
final class StartRefusal {

    private StartRefusal() {
    }

    static IllegalStateException of(String message) {
        // the console log may be asynchronous (the gateway's is): a failed start can end the process before the
        // queued error is written, and whoever started it would not be told why
        System.err.println(message);
        System.err.flush();
        return new IllegalStateException(message);
    }
}
