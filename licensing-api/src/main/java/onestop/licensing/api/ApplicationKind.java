package onestop.licensing.api;

/** A new licence, or a change to an existing one (renewal, variation, transfer), which the application names. */
public enum ApplicationKind {
    NEW, RENEWAL, VARIATION, TRANSFER;

    public boolean needsExistingLicence() {
        return this != NEW;
    }
}
