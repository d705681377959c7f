package vn.cchc.troly.report;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.report.SentSummary.ItemSnapshot;

/**
 * The weekly summary: composed, previewed, posted once a week to the leadership group, and
 * pictured (the chat words the text). Posting means recording the summary under its ISO week and
 * chat (a unique key) and publishing {@link WeeklySummaryPosted} in the same transaction; the chat
 * layer sends it. So two pollers, two instances or a restart post it once, and a summary
 * missed while the bot was down goes out when it is back within the same week.
 */
@Service
public class Summaries {

	private static final Logger log = LoggerFactory.getLogger(Summaries.class);

	private final SummaryComposer composer;
	private final SummaryChart chart;
	private final SentSummaryRepository sent;
	private final LeadershipGroup leadership;
	private final ReportSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final UnitScope scope;
	private final Clock clock;

	Summaries(SummaryComposer composer, SummaryChart chart, SentSummaryRepository sent,
			LeadershipGroup leadership, ReportSettings settings, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, UnitScope scope, Clock clock) {
		this.scope = scope;
		this.composer = composer;
		this.chart = chart;
		this.sent = sent;
		this.leadership = leadership;
		this.settings = settings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The summary as it would be posted now, as data; nothing is recorded. */
	public WeeklySummary compose() {
		return transaction.execute(status -> composer.compose());
	}

	/** The summary as it would be posted now, rendered; nothing is recorded. */
	public SummaryMessage preview(Locale locale) {
		return render(SummaryMessage.PREVIEW, compose(), locale);
	}

	/**
	 * The given plan's summary as it would be posted now, as data; nothing is recorded. The chat's
	 * screens use the current plan ({@link #compose()}); this is for an install serving several units.
	 */
	public WeeklySummary compose(long planId) {
		return transaction.execute(status -> composer.compose(planId));
	}

	/** The given plan's summary as it would be posted now, rendered (text and chart); nothing is recorded. */
	public SummaryMessage preview(long planId, Locale locale) {
		return render(SummaryMessage.PREVIEW, compose(planId), locale);
	}

	/** A recorded summary rendered in the reader's language, exactly as it was composed. */
	public Optional<SummaryMessage> message(long summaryId, Locale locale) {
		return summary(summaryId).map(summary -> render(summaryId, summary, locale));
	}

	/** A recorded summary as data. */
	public Optional<WeeklySummary> summary(long summaryId) {
		return sent.findContent(summaryId).map(SummaryJson::read);
	}

	/**
	 * Posts this week's summary to the leadership group now (the coordinator's "post it now"). It
	 * counts as the week's summary: the scheduled one will not follow. If this week's was posted
	 * already, says when, and posts nothing.
	 */
	public PostOutcome postNow(Long byOfficialId) {
		var group = leadership.current();
		if (group.isEmpty()) {
			return new PostOutcome.NoLeadershipGroup();
		}
		var chatId = group.get().chatId();
		var weekKey = currentWeekKey();
		var already = alreadyPosted(weekKey, chatId);
		if (already.isPresent()) {
			return already.get();
		}
		return claim(weekKey, chatId, true, byOfficialId)
			.<PostOutcome>map(posted -> posted)
			.orElseGet(() -> alreadyPosted(weekKey, chatId).orElseThrow());
	}

	/** When this week's summary for the group was posted, if it was. */
	public Optional<PostOutcome.AlreadyPosted> postedThisWeek() {
		return leadership.current().flatMap(group -> alreadyPosted(currentWeekKey(), group.chatId()));
	}

	/**
	 * Posts the unit in scope's summary of this week if its slot (the unit's own, else
	 * {@code troly.report.summary-cron}) has come, a leadership group is set and nothing was posted to
	 * it this week. What the scheduler calls, for each unit.
	 */
	Optional<PostOutcome.Posted> postIfDue() {
		return postIfDue(null);
	}

	Optional<PostOutcome.Posted> postIfDue(Unit unit) {
		var now = clock.instant().atZone(clock.getZone());
		if (settings.summarySlot(unit).due(now).isEmpty()) {
			return Optional.empty();
		}
		var group = leadership.current();
		if (group.isEmpty()) {
			return Optional.empty();
		}
		var weekKey = WeeklySlot.weekKey(now);
		if (alreadyPosted(weekKey, group.get().chatId()).isPresent()) {
			return Optional.empty();
		}
		return claim(weekKey, group.get().chatId(), false, null);
	}

	/**
	 * Whether the unit's summary slot comes within {@code ahead} from now and has not come yet: the
	 * poll before it may {@link #rehearse} it.
	 */
	boolean comesWithin(Unit unit, Duration ahead) {
		var now = clock.instant().atZone(clock.getZone());
		var slot = settings.summarySlot(unit);
		return slot.due(now).isEmpty() && slot.due(now.plus(ahead)).isPresent();
	}

	/**
	 * Composes, stores as JSON, reads back and pictures the unit in scope's summary as its slot will,
	 * recording and sending nothing, when a leadership group is set. The first summaries after a start
	 * otherwise run code this process has never run (classes loaded and compiled, the chart's fonts
	 * read) at the moment the leaders wait for them: about half a second more for a province's 100
	 * units on two cores (docs/performance.md, section 6, session 9). True when it did.
	 */
	boolean rehearse(Unit unit) {
		if (leadership.current().isEmpty()) {
			return false;
		}
		var summary = SummaryJson.read(SummaryJson.write(compose()));
		var language = unit == null || unit.language() == null ? "vi" : unit.language();
		render(SummaryMessage.PREVIEW, summary, Locale.forLanguageTag(language));
		return true;
	}

	/**
	 * Records the summary for the week and chat and publishes the event, in one transaction.
	 * Empty when another poller or instance recorded it first: the unique key turned this one away.
	 */
	Optional<PostOutcome.Posted> claim(String weekKey, long chatId, boolean manual, Long byOfficialId) {
		try {
			return Optional.ofNullable(transaction.execute(status -> {
				var summary = composer.compose();
				var saved = sent.save(new SentSummary(null, weekKey, chatId, summary.composedAt(), manual,
						byOfficialId == null ? null : AggregateReference.to(byOfficialId), SummaryJson.write(summary),
						summary.items().stream().map(ItemSnapshot::of).collect(Collectors.toSet()),
						scope.current().map(UnitId::value).orElse(null)));
				events.publishEvent(new WeeklySummaryPosted(saved.id(), chatId, weekKey, saved.unitId()));
				return new PostOutcome.Posted(saved.id(), chatId, weekKey);
			}));
		}
		catch (RuntimeException e) {
			if (Duplicates.isDuplicate(e)) {
				log.info("The summary of {} for chat {} was recorded by another poller", weekKey, chatId);
				return Optional.empty();
			}
			throw e;
		}
	}

	private Optional<PostOutcome.AlreadyPosted> alreadyPosted(String weekKey, long chatId) {
		return sent.findSent(weekKey, chatId)
			.map(row -> new PostOutcome.AlreadyPosted(row.id(), row.chatId(), row.weekKey(), row.sentAt()));
	}

	private String currentWeekKey() {
		return WeeklySlot.weekKey(clock.instant().atZone(clock.getZone()));
	}

	private SummaryMessage render(long summaryId, WeeklySummary summary, Locale locale) {
		return new SummaryMessage(summaryId, summary.weekKey(), summary, chart.render(summary, locale),
				chart.caption(summary, locale));
	}
}
