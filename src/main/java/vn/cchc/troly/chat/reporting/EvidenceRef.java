package vn.cchc.troly.chat.reporting;

import java.util.Optional;
import java.util.regex.Pattern;

/** How a piece of evidence is named in a command or a button: "#12" or "12". */
final class EvidenceRef {

	private static final Pattern ID = Pattern.compile("#?(\\d{1,18})");

	private EvidenceRef() {
	}

	static Optional<Long> id(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var matcher = ID.matcher(text.strip());
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}
}
