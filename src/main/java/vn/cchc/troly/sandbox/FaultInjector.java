package vn.cchc.troly.sandbox;

import java.time.Duration;
import java.util.Optional;

/**
 * Consulted before the server answers any request but getUpdates: return a fault to make the
 * server fail that request the way Telegram or the network does: an error answer (429 with
 * retry_after, 5xx, 403 …) from {@link #failureFor}, or, by overriding {@link #faultFor}, a
 * connection dropped before anything was done, or an answer that comes only after the request
 * was carried out and the client may have stopped waiting.
 */
@FunctionalInterface
public interface FaultInjector {

	FaultInjector NONE = request -> Optional.empty();

	Optional<ApiError> failureFor(ApiRequest request);

	/** Any kind of fault; by default the error answers of {@link #failureFor}. */
	default Optional<? extends Fault> faultFor(ApiRequest request) {
		return failureFor(request);
	}

	/** An injector that may choose any kind of fault. */
	static FaultInjector of(java.util.function.Function<ApiRequest, Optional<? extends Fault>> choice) {
		return new FaultInjector() {
			@Override
			public Optional<ApiError> failureFor(ApiRequest request) {
				return faultFor(request).filter(ApiError.class::isInstance).map(ApiError.class::cast);
			}

			@Override
			public Optional<? extends Fault> faultFor(ApiRequest request) {
				return choice.apply(request);
			}
		};
	}

	/**
	 * Fails the first request that matches with the fault, and no other: a download that fails once
	 * ({@code once(r -> r.is("download"), ApiError.of(502, "Bad Gateway"))}), a send refused once.
	 */
	static FaultInjector once(java.util.function.Predicate<ApiRequest> which, Fault fault) {
		var used = new java.util.concurrent.atomic.AtomicBoolean();
		return of(request -> which.test(request) && used.compareAndSet(false, true) ? Optional.of(fault)
				: Optional.empty());
	}

	/**
	 * Fails the first {@code times} requests that match with the fault, then none: a download that
	 * fails three times before it works ({@code times(3, r -> r.is("download"), ApiError.of(502, "Bad Gateway"))}).
	 */
	static FaultInjector times(int times, java.util.function.Predicate<ApiRequest> which, Fault fault) {
		var left = new java.util.concurrent.atomic.AtomicInteger(times);
		return of(request -> which.test(request) && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? Optional.of(fault)
				: Optional.empty());
	}

	/** A way to answer badly. */
	sealed interface Fault permits ApiError, DroppedConnection, LateAnswer {
	}

	/** A Telegram error answer: {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}. */
	record ApiError(int errorCode, String description, Integer retryAfter) implements Fault {

		public static ApiError of(int errorCode, String description) {
			return new ApiError(errorCode, description, null);
		}
	}

	/** The connection is closed without an answer, before the request is carried out. */
	record DroppedConnection() implements Fault {
	}

	/** The request is carried out (a message is posted), and the answer is sent only after the delay. */
	record LateAnswer(Duration delay) implements Fault {
	}
}
