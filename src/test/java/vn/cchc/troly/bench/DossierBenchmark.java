package vn.cchc.troly.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cchc.troly.TroLyCchcApplication;
import vn.cchc.troly.chat.oversight.StoredEvidence;
import vn.cchc.troly.people.InviteOutcome;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.plan.PlanManagement;
import vn.cchc.troly.progress.EvidenceStore;
import vn.cchc.troly.report.DossierScope;
import vn.cchc.troly.report.DossierService;
import vn.cchc.troly.sandbox.BotApiServerProbe;
import vn.cchc.troly.sandbox.ChatUser;

/**
 * The year-end dossier: a plan with {@value #FILES} evidence files of 1 MB (random bytes, so nothing
 * compresses) kept in the evidence folder. First the dossier alone is built (time, parts, the heap's
 * peak while building); then the coordinator asks /hoso and the parts go through the outbox to the
 * in-JVM Bot API server (time to the last part received; the whole JVM's heap peak, which includes
 * the simulated Telegram keeping every uploaded part in memory).
 */
final class DossierBenchmark {

	static final int FILES = 200;
	static final int SIZE = 1024 * 1024;

	private DossierBenchmark() {
	}

	static void run(Path dir) throws Exception {
		System.out.printf("%n-- 5. dossier: %d evidence files of 1 MB, built and sent in 50 MB parts --%n", FILES);
		var token = "676767:" + UUID.randomUUID();
		try (var server = Benchmarks.server(token, "troly_dossier_bot")) {
			var context = new SpringApplicationBuilder(TroLyCchcApplication.class).run(InboundBenchmark.arguments(Map.of(
					"spring.datasource.url",
					"jdbc:h2:file:" + dir.resolve("troly").toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE",
					"TELEGRAM_BOT_TOKEN", token, "TELEGRAM_BOT_USERNAME", "troly_dossier_bot", "TELEGRAM_API_URL",
					server.baseUrl(), "spring.main.web-application-type", "none", "troly.sandbox.enabled", "false",
					"troly.report.scheduling-enabled", "false", "troly.evidence.folder",
					dir.resolve("evidence").toAbsolutePath().toString(), "troly.dossier.folder",
					dir.resolve("dossier").toAbsolutePath().toString(), "logging.file.name", "target/bench/app.log")));
			try {
				var plans = context.getBean(PlanManagement.class);
				plans.importPlan(Path.of("src/test/resources/plans/pho-chau-2024.txt"), null);
				var people = context.getBean(PeopleManagement.class);
				var user = new ChatUser(5_000_001L, "Vân", "vi");
				var invite = (InviteOutcome.Created) people.createInvite("Văn phòng - Thống kê", Role.COORDINATOR, null);
				var coordinator = ((RedeemOutcome.Registered) people.redeem(invite.code(), user.id(), user.firstName(),
						user.username())).official();
				var evidence = new StoredEvidence(context.getBean(JdbcClient.class), context.getBean(EvidenceStore.class));
				var items = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "4");
				var stored = System.nanoTime();
				for (int i = 0; i < FILES; i++) {
					evidence.file(items.get(i % items.size()), coordinator, "DOCUMENT", "tai-lieu-" + i + ".pdf", SIZE, i,
							Instant.parse("2024-03-01T02:00:00Z").plusSeconds(3_600L * i));
				}
				System.out.printf("  %d files kept in the evidence folder in %.1f s%n", FILES, (System.nanoTime() - stored) / 1e9);

				var dossiers = context.getBean(DossierService.class);
				var vi = Locale.forLanguageTag("vi");
				var before = heapAfterGc();
				resetPeaks();
				var started = System.nanoTime();
				var dossier = dossiers.build(new DossierScope.CurrentPlan(), vi).orElseThrow();
				var built = System.nanoTime() - started;
				var peak = heapPeak();
				var oldPeak = oldGenPeak();
				var after = heapAfterGc();
				long bytes = 0;
				for (var part : dossier.parts()) {
					bytes += Files.size(part.file());
					Files.delete(part.file());
				}
				System.out.printf("  built: %.1f s, %d parts, %d MB in all (%d files, %d items); heap while building: peak "
						+ "%d MB of all pools (young garbage included), old generation peak %d MB; after a full GC %d MB "
						+ "before, %d MB after  [load %s]%n", built / 1e9, dossier.parts().size(), bytes / (1024 * 1024),
						dossier.files(), dossier.items(), peak, oldPeak, before, after, Benchmarks.load());

				server.users().opensChat(user);
				before = heapAfterGc();
				resetPeaks();
				started = System.nanoTime();
				server.users().sends(user, "/hoso");
				var parts = dossier.parts().size();
				new BotApiServerProbe(server).await(() -> server.messagesIn(user.id()).stream()
					.filter(m -> "document".equals(m.kind())).count() >= parts ? Boolean.TRUE : null,
						Duration.ofMinutes(5), parts + " parts");
				var sent = System.nanoTime() - started;
				peak = heapPeak();
				var received = server.messagesIn(user.id()).stream().filter(m -> "document".equals(m.kind()))
					.mapToLong(m -> m.file().bytes().length).sum();
				System.out.printf("  /hoso to the last part received: %.1f s (%d parts, %d MB received; the outbox paces "
						+ "one message a second per chat); heap peak of the whole JVM %d MB (after a full GC before: %d MB; "
						+ "the simulated Telegram holds every part it received); after a full GC at the end: %d MB  [load %s]%n",
						sent / 1e9, parts, received / (1024 * 1024), peak, before, heapAfterGc(), Benchmarks.load());
			}
			finally {
				context.close();
			}
		}
	}

	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** The sum of every heap pool's peak since the reset: an upper bound of the heap in use at any one time. */
	private static long heapPeak() {
		return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
	}

	/** The old generation's peak since the reset: what outlived young collections, where a whole file held would show. */
	private static long oldGenPeak() {
		return heapPools().stream().filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
			.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
	}
}
