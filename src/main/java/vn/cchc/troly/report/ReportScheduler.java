package vn.cchc.troly.report;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.progress.Explanations;

/**
 * Looks every {@code troly.report.poll-interval} (and once when the application is ready) for a
 * summary or reminders that are due, for every unit. Being due lasts until the week ends and posting
 * is keyed by week, so a poll after downtime catches up once and a second poll does nothing. Units
 * are composed {@code troly.report.units-at-once} at a time, each in its own scope; one unit's
 * failure is logged and does not stop the others. Every unit's summary first; once every unit's is
 * done, the province's digest, which reads every unit, is posted if it is due ({@link ProvinceDigests});
 * then every unit's reminders and notices, except in a poll that recorded a summary: those wait for
 * the next poll, while the summaries' charts are drawn. Until this process has posted a summary, the
 * poll before a unit's slot rehearses that unit's summary ({@link Summaries#rehearse}). Off for
 * operator commands ({@code troly.operator-mode}) and when {@code troly.report.scheduling-enabled=false}.
 */
@Component
@ConditionalOnExpression("${troly.report.scheduling-enabled:true} and !${troly.operator-mode:false}")
class ReportScheduler {

	private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

	private final Summaries summaries;
	private final Reminders reminders;
	private final Explanations explanations;
	private final ProvinceDigests digests;
	private final Units units;
	private final UnitScope scope;
	private final ExecutorService workers;
	private final Duration pollInterval;
	private volatile boolean rehearsed;

	ReportScheduler(Summaries summaries, Reminders reminders, Explanations explanations, ProvinceDigests digests,
			Units units, UnitScope scope, ReportSettings settings) {
		this.summaries = summaries;
		this.digests = digests;
		this.reminders = reminders;
		this.explanations = explanations;
		this.units = units;
		this.scope = scope;
		this.pollInterval = settings.pollInterval();
		var number = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(settings.unitsAtOnce(), runnable -> {
			var thread = new Thread(runnable, "report-unit-" + number.incrementAndGet());
			thread.setDaemon(true);
			// Background work: an official waiting for an answer goes first (docs/performance.md, section 6).
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		poll();
	}

	// The first scheduled poll waits one interval: the ready event has just polled.
	@Scheduled(fixedDelayString = "${troly.report.poll-interval:60s}", initialDelayString = "${troly.report.poll-interval:60s}")
	void poll() {
		var all = units.all();
		// Every unit's summary first, then the province digest, then everyone's reminders and notices:
		// the summaries and the digest are due at one moment, for leaders who wait for them; reminders
		// and notices are not held to the minute (the province benchmark, docs/performance.md).
		var posted = eachUnit(all, this::postSummary);
		CompletableFuture.runAsync(this::pollProvince, workers).join();
		if (posted > 0) {
			rehearsed = true;
			// Their charts are still being drawn: the reminders' pass, which reads every unit again,
			// waits for the next poll (what is due stays due until its week ends).
			log.info("{} summaries recorded; reminders and notices at the next poll", posted);
			return;
		}
		eachUnit(all, unit -> {
			remind(unit);
			return false;
		});
		if (!rehearsed) {
			rehearseTheNextSummary(all);
		}
	}

	/**
	 * Runs the work for every unit in its scope, on the workers even for one unit (their threads are
	 * the ones that yield to the answers); how many units it returned true for.
	 */
	private long eachUnit(List<Unit> all, Predicate<Unit> work) {
		var done = all.stream().map(unit -> onWorker(unit, work)).toList();
		return done.stream().map(CompletableFuture::join).filter(Boolean::booleanValue).count();
	}

	private CompletableFuture<Boolean> onWorker(Unit unit, Predicate<Unit> work) {
		return CompletableFuture.supplyAsync(() -> {
			var result = new AtomicBoolean();
			scope.run(unit.unitId(), () -> result.set(work.test(unit)));
			return result.get();
		}, workers);
	}

	/**
	 * One summary whose slot comes before the next poll, rehearsed on a worker: the first unit of those
	 * that has a leadership group. Once done (or once a summary was posted), never again in this process.
	 */
	private void rehearseTheNextSummary(List<Unit> all) {
		for (var unit : all) {
			if (summaries.comesWithin(unit, pollInterval) && onWorker(unit, this::rehearse).join()) {
				rehearsed = true;
				return;
			}
		}
	}

	/** After every unit's summary: the digest reads every unit, as they stand once their summaries were taken. */
	private void pollProvince() {
		try {
			digests.postIfDue().ifPresent(posted -> log.info("Province digest {} recorded for chat {}", posted.weekKey(),
					posted.chatId()));
		}
		catch (RuntimeException e) {
			log.error("Could not post the province digest; trying again at the next poll", e);
		}
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

	// One failing job must not keep the others from running, nor stop the schedule.
	private boolean postSummary(Unit unit) {
		try {
			var posted = summaries.postIfDue(unit);
			posted.ifPresent(summary -> log.info("Weekly summary {} recorded for chat {} (unit {})", summary.weekKey(),
					summary.chatId(), unit.id()));
			return posted.isPresent();
		}
		catch (RuntimeException e) {
			log.error("Could not post unit {}'s weekly summary; trying again at the next poll", unit.id(), e);
			return false;
		}
	}

	// A rehearsal only warms the code up: its failure is the summary's to report, at its slot.
	private boolean rehearse(Unit unit) {
		try {
			var done = summaries.rehearse(unit);
			if (done) {
				log.info("Weekly summary of unit {} rehearsed before its slot (nothing recorded or sent)", unit.id());
			}
			return done;
		}
		catch (RuntimeException e) {
			log.warn("Could not rehearse unit {}'s weekly summary: {}", unit.id(), e.toString());
			return false;
		}
	}

	private void remind(Unit unit) {
		try {
			var run = reminders.sendIfDue(unit);
			if (!run.sent().isEmpty()) {
				log.info("{} reminder(s) recorded (unit {})", run.sent().size(), unit.id());
			}
		}
		catch (RuntimeException e) {
			log.error("Could not send unit {}'s reminders; trying again at the next poll", unit.id(), e);
		}
		try {
			var reminded = explanations.remindUnanswered();
			if (reminded > 0) {
				log.info("{} request(s) for an explanation reminded (unit {})", reminded, unit.id());
			}
		}
		catch (RuntimeException e) {
			log.error("Could not remind unit {}'s unanswered requests for an explanation; trying again at the next poll",
					unit.id(), e);
		}
	}
}
