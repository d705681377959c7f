package vn.cchc.troly.report;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The province's weekly digest: every unit ranked, with a chart of the units, posted to the
 * province's group (/nhomlanhdao sent there by one of the province's people) at the installation's
 * summary time ({@code troly.report.summary-cron}), once per ISO week. Kept as the units' summaries
 * are: a {@code sent_summary} row with no unit, whose unique (week, chat) key turns a second post
 * away, and {@link ProvinceDigestPosted} in the same transaction; the chat layer sends it. So a
 * restart, a second poller or a second instance posts it once, and a digest missed while the bot
 * was down goes out when it is back within the same week.
 */
@Service
public class ProvinceDigests {

	private static final Logger log = LoggerFactory.getLogger(ProvinceDigests.class);

	private final ProvinceStandings standings;
	private final ProvinceChart chart;
	private final SentSummaryRepository sent;
	private final LeadershipGroup leadership;
	private final ReportSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ProvinceDigests(ProvinceStandings standings, ProvinceChart chart, SentSummaryRepository sent,
			LeadershipGroup leadership, ReportSettings settings, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.standings = standings;
		this.chart = chart;
		this.sent = sent;
		this.leadership = leadership;
		this.settings = settings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Posts this week's digest if the installation's summary time has come, the province's group is
	 * set and nothing was posted to it this week. The scheduler calls it after every unit's turn.
	 */
	public Optional<PostOutcome.Posted> postIfDue() {
		var now = clock.instant().atZone(clock.getZone());
		if (settings.summarySlot().due(now).isEmpty()) {
			return Optional.empty();
		}
		var group = leadership.province();
		if (group.isEmpty()) {
			return Optional.empty();
		}
		var weekKey = WeeklySlot.weekKey(now);
		var chatId = group.get().chatId();
		if (sent.findSent(weekKey, chatId).isPresent()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(transaction.execute(status -> {
				var digest = new ProvinceDigest(weekKey, clock.instant(), standings.overview());
				var saved = sent.save(new SentSummary(null, weekKey, chatId, digest.composedAt(), false, null,
						SummaryJson.write(digest), Set.of(), null));
				events.publishEvent(new ProvinceDigestPosted(saved.id(), chatId, weekKey));
				return new PostOutcome.Posted(saved.id(), chatId, weekKey);
			}));
		}
		catch (RuntimeException e) {
			if (Duplicates.isDuplicate(e)) {
				log.info("The province digest of {} for chat {} was recorded by another poller", weekKey, chatId);
				return Optional.empty();
			}
			throw e;
		}
	}

	/** A recorded digest rendered in the reader's language (text data, chart, caption), exactly as composed. */
	public Optional<ProvinceDigestMessage> message(long digestId, Locale locale) {
		return sent.findById(digestId).filter(row -> row.unitId() == null).map(row -> {
			var digest = SummaryJson.readDigest(row.content());
			return new ProvinceDigestMessage(digestId, digest.weekKey(), digest, chart.render(digest, locale),
					chart.caption(digest, locale));
		});
	}
}
