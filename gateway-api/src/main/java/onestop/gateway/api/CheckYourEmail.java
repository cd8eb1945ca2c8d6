package onestop.gateway.api;

/** What the person is told after registering or asking for a reset, whoever they are (202). */
public record CheckYourEmail(String message) {
}
