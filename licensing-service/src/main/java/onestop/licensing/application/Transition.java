package onestop.licensing.application;

import onestop.licensing.api.ApplicationStatus;

/** A change of state that just happened, for the timeline and the events. */
public record Transition(ApplicationStatus from, ApplicationStatus to) {
}
