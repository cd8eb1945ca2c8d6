package onestop.licensing.api;

/**
 * What the public register shows of a licence type's licences: premises and business licences show the holder
 * and the address; licences of individuals (drivers, personal licences, scrap metal collectors) show the
 * number, type, status and dates only, never a name or an address.
 */
public enum RegisterShows {
    PREMISES_AND_HOLDER, LICENCE_ONLY
}
