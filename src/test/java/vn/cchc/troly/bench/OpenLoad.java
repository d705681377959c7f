package vn.cchc.troly.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import vn.cchc.troly.sandbox.ApiRequest;
import vn.cchc.troly.sandbox.BotApiServer;
import vn.cchc.troly.sandbox.ChatUser;
import vn.cchc.troly.sandbox.FaultInjector;

/**
 * An open-loop load: one update every {@code 1/rate} seconds, the users in turn, whatever the bot's
 * answers do (the next update does not wait for the last one's answer, as real users do not wait
 * for each other). Latency, as in {@link InboundBenchmark}: from the update queued at the server to
 * the server receiving the bot's sendMessage to that user's chat (the answers of one chat matched to
 * its updates in order). Other requests reach {@code observer} (the benchmark's groups).
 */
final class OpenLoad implements AutoCloseable {

	/** An update: when it was queued (monotonic nanoseconds) and how long its answer took (-1: none yet). */
	record Sample(long sentNanos, long latencyNanos) {
	}

	/** p50, p99 and max of the samples sent within a span. */
	record Stats(int count, double p50, double p99, double max) {

		static Stats of(List<Sample> samples, long from, long to) {
			// Unanswered updates (latency -1) are left out: the run fails when there are any.
			var latencies = samples.stream().filter(s -> s.sentNanos() >= from && s.sentNanos() < to)
				.mapToLong(Sample::latencyNanos).filter(l -> l >= 0).sorted().toArray();
			if (latencies.length == 0) {
				return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
			}
			return new Stats(latencies.length, latencies[latencies.length / 2] / 1e6,
					latencies[Math.max(0, (int) Math.ceil(0.99 * latencies.length) - 1)] / 1e6,
					latencies[latencies.length - 1] / 1e6);
		}

		@Override
		public String toString() {
			return count == 0 ? "no updates" : String.format("%4d updates, p50 %7.2f ms, p99 %8.2f ms, max %8.2f ms",
					count, p50, p99, max);
		}
	}

	private final BotApiServer server;
	private final List<ChatUser> users;
	private final long periodNanos;
	private final BiFunction<Integer, Integer, String> text;
	private final Map<Long, Queue<long[]>> waiting = new ConcurrentHashMap<>();
	private final List<long[]> all = java.util.Collections.synchronizedList(new ArrayList<>());
	private final AtomicInteger unanswered = new AtomicInteger();
	private volatile boolean sending;
	private Thread thread;

	/**
	 * @param text the text user {@code i} sends in their round {@code k}
	 * @param observer every other request the server gets (not its answers to the load)
	 */
	OpenLoad(BotApiServer server, List<ChatUser> users, double perSecond, BiFunction<Integer, Integer, String> text,
			Consumer<ApiRequest> observer) {
		this.server = server;
		this.users = users;
		this.periodNanos = (long) (1e9 / perSecond);
		this.text = text;
		users.forEach(u -> waiting.put(u.id(), new ConcurrentLinkedQueue<>()));
		server.injectFaults(FaultInjector.of(request -> {
			var chat = request.chatId();
			var queue = chat == null ? null : waiting.get(chat);
			if (queue != null && request.is("sendMessage")) {
				var sample = queue.poll();
				if (sample != null) {
					sample[1] = System.nanoTime() - sample[0];
					unanswered.decrementAndGet();
				}
			}
			else {
				observer.accept(request);
			}
			return Optional.empty();
		}));
	}

	/** Starts sending, from round {@code firstRound} of every user. */
	void start(int firstRound) {
		sending = true;
		thread = new Thread(() -> {
			var next = System.nanoTime();
			for (var i = 0; sending; i++) {
				var wait = next - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				var user = i % users.size();
				var sample = new long[] { System.nanoTime(), -1 };
				// Recorded before it is sent: the answer may come before sends() returns.
				waiting.get(users.get(user).id()).add(sample);
				all.add(sample);
				unanswered.incrementAndGet();
				server.users().sends(users.get(user), text.apply(user, firstRound + i / users.size()));
				next += periodNanos;
			}
		}, "bench-open-load");
		thread.start();
	}

	/** Stops sending and waits up to the time for the answers still due; true when every update was answered. */
	boolean stop(long waitMillis) throws InterruptedException {
		sending = false;
		thread.join();
		var until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
		while (unanswered.get() > 0 && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		return unanswered.get() == 0;
	}

	/** Every update sent so far, answered or not (an unanswered one has latency -1). */
	List<Sample> samples() {
		synchronized (all) {
			return all.stream().map(s -> new Sample(s[0], s[1])).toList();
		}
	}

	int sent() {
		return all.size();
	}

	@Override
	public void close() {
		sending = false;
		server.injectFaults(FaultInjector.NONE);
	}
}
