package vn.cchc.troly.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Invite codes: 144 random bits as 24 characters of base64url without padding, which Telegram
 * passes through a deep link's {@code start} parameter (A-Z, a-z, 0-9, _ and -, at most 64).
 */
final class InviteCodes {

	private static final int RANDOM_BYTES = 18;
	private static final Pattern START_PARAMETER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final SecureRandom random = new SecureRandom();

	String newCode() {
		var bytes = new byte[RANDOM_BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text could be a code at all; anything else is not looked up. */
	static boolean looksLikeCode(String text) {
		return text != null && START_PARAMETER.matcher(text).matches();
	}

	static String hash(String code) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
