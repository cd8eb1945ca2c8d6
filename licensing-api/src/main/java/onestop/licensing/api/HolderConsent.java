package onestop.licensing.api;

/** The current holder's answer to a transfer of its licence to another business (Licensing Act 2003 s.44). */
public enum HolderConsent {
    GIVEN, REFUSED
}
