package onestop.portal;

/** The API did not answer, or answered with a failure: the page shows the service's error page (503). */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message) {
        super(message);
    }
}
