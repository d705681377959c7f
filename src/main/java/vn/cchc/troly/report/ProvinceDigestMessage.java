package vn.cchc.troly.report;

/**
 * A province digest ready to send: the digest as data (the chat words it), {@code chartPng} the
 * picture of the units, or null when no unit has a numeric indicator, and its {@code caption}
 * (plain text in the reader's language).
 */
public record ProvinceDigestMessage(long digestId, String weekKey, ProvinceDigest digest, byte[] chartPng,
		String caption) {
}
