package vn.cchc.troly.sandbox;

import java.util.Optional;

/**
 * Consulted before the server answers any request but getUpdates: return an error to make the
 * server fail that request the way Telegram does (429 with retry_after, 5xx, 403 …).
 */
@FunctionalInterface
public interface FaultInjector {

	FaultInjector NONE = request -> Optional.empty();

	Optional<ApiError> failureFor(ApiRequest request);

	/** A Telegram error answer: {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}. */
	record ApiError(int errorCode, String description, Integer retryAfter) {

		public static ApiError of(int errorCode, String description) {
			return new ApiError(errorCode, description, null);
		}
	}
}
