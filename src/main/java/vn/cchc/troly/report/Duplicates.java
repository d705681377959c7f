package vn.cchc.troly.report;

import org.springframework.dao.DuplicateKeyException;

/** Tells a lost race for a unique key (another poller or instance got there first) from a real failure. */
final class Duplicates {

	private Duplicates() {
	}

	static boolean isDuplicate(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}
}
