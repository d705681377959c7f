package vn.cchc.troly.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The CPU time the benchmark's process and its threads (grouped by name: "report-unit",
 * "task" …) have used, so a figure taken while other work shares the cores can be read as work
 * done, not only as time waited; and the collections so far and the bytes each thread group
 * allocated, since a collection's pause is what an answer waits behind most often.
 */
record CpuTime(long wallNanos, long processNanos, Map<String, Long> threads, long collections, long collectingMillis,
		Map<String, Long> allocated) {

	static CpuTime now() {
		var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		var threads = new TreeMap<String, Long>();
		var allocated = new TreeMap<String, Long>();
		for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			var cpu = bean.getThreadCpuTime(info.getThreadId());
			if (cpu > 0) {
				threads.merge(group(info.getThreadName()), cpu, Long::sum);
			}
			var bytes = bean.getThreadAllocatedBytes(info.getThreadId());
			if (bytes > 0) {
				allocated.merge(group(info.getThreadName()), bytes, Long::sum);
			}
		}
		long collections = 0;
		long collecting = 0;
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			collections += Math.max(0, collector.getCollectionCount());
			collecting += Math.max(0, collector.getCollectionTime());
		}
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return new CpuTime(System.nanoTime(), os.getProcessCpuTime(), threads, collections, collecting, allocated);
	}

	/** "report-unit-2" → "report-unit", "task-7" → "task", "telegram-sender-1" → "telegram-sender". */
	private static String group(String name) {
		return name.replaceAll("[-_ ]?\\d+$", "");
	}

	/** What was used since the earlier reading: wall time, process CPU (as cores), the busiest thread groups. */
	String since(CpuTime earlier) {
		var wall = wallNanos - earlier.wallNanos;
		var process = processNanos - earlier.processNanos;
		var text = new StringBuilder(String.format("wall %.2f s, process CPU %.2f s (%.2f cores)", wall / 1e9, process / 1e9,
				(double) process / wall));
		busiest(threads, earlier.threads, 50_000_000L, value -> String.format("%.2f s", value / 1e9), text);
		return text.toString();
	}

	/**
	 * The collections since the earlier reading (how many, their pauses together) and the megabytes
	 * allocated, by the busiest thread groups (a thread that ended in between is not counted).
	 */
	String memorySince(CpuTime earlier) {
		var text = new StringBuilder(String.format("%d collections, %d ms paused; allocated", collections
				- earlier.collections, collectingMillis - earlier.collectingMillis));
		var total = allocated.entrySet().stream()
			.mapToLong(e -> e.getValue() - earlier.allocated.getOrDefault(e.getKey(), 0L)).sum();
		text.append(String.format(" %.0f MB", total / 1e6));
		busiest(allocated, earlier.allocated, 5_000_000L, value -> String.format("%.0f MB", value / 1e6), text);
		return text.toString();
	}

	/** The eight thread groups that used most since the earlier reading, at least {@code floor} each. */
	private static void busiest(Map<String, Long> now, Map<String, Long> earlier, long floor,
			LongFunction<String> format, StringBuilder text) {
		now.entrySet().stream()
			.map(e -> Map.entry(e.getKey(), e.getValue() - earlier.getOrDefault(e.getKey(), 0L)))
			.filter(e -> e.getValue() >= floor)
			.sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
			.limit(8)
			.forEach(e -> text.append("; ").append(e.getKey()).append(' ').append(format.apply(e.getValue())));
	}
}
