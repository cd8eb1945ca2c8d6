package onestop.platform.address;

/**
 * An address found by postcode, in the lines a form asks for, with its Unique Property Reference Number.
 *
 * @param text the whole address on one line, as OS Places writes it (for a list to choose from)
 */
public record FoundAddress(String uprn, String text, String line1, String line2, String town, String postcode) {
}
