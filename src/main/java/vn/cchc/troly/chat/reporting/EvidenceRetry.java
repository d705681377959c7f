package vn.cchc.troly.chat.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Attachments;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.UserId;
import vn.cchc.troly.chat.internal.ChannelFit;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.LanguageChoices;
import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.plan.PlanItemId;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.Evidence;
import vn.cchc.troly.progress.EvidenceKeeping;
import vn.cchc.troly.progress.EvidenceSettings;

/**
 * Fetches the evidence files whose bytes are not kept yet: a download that failed when the file came,
 * and files sent before the bot kept them (only a Telegram file id), the wait doubling between
 * tries ({@link EvidenceRetrySettings}). The sender who was told "will retry" hears when it is kept, and
 * after the last try that it must be sent again. Off for operator commands.
 */
@Component
@ConditionalOnExpression("!${troly.operator-mode:false}")
class EvidenceRetry {

	private static final Logger log = LoggerFactory.getLogger(EvidenceRetry.class);
	/** Files looked at per run, so a backlog from before files were kept is worked off bit by bit. */
	static final int BATCH = 50;

	private final EvidenceKeeping keeping;
	private final Attachments attachments;
	private final EvidenceSettings evidenceSettings;
	private final EvidenceRetrySettings settings;
	private final PeopleManagement people;
	private final PlanItems planItems;
	private final UnitScope scope;
	private final LanguageChoices languages;
	private final ChannelFit fit;
	private final ChatTransport transport;
	private final ItemTexts items;
	private final Clock clock;

	EvidenceRetry(EvidenceKeeping keeping, Attachments attachments, EvidenceSettings evidenceSettings,
			EvidenceRetrySettings settings, PeopleManagement people, PlanItems planItems, UnitScope scope,
			LanguageChoices languages,
			ChannelFit fit, ChatTransport transport, ItemTexts items, Clock clock) {
		this.keeping = keeping;
		this.attachments = attachments;
		this.evidenceSettings = evidenceSettings;
		this.settings = settings;
		this.people = people;
		this.planItems = planItems;
		this.scope = scope;
		this.languages = languages;
		this.fit = fit;
		this.transport = transport;
		this.items = items;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${troly.evidence.retry.poll-interval:60s}",
			initialDelayString = "${troly.evidence.retry.poll-interval:60s}")
	void poll() {
		try {
			var fetched = retryDue();
			if (fetched > 0) {
				log.info("{} evidence file(s) tried again", fetched);
			}
		}
		catch (RuntimeException e) {
			log.error("Could not fetch evidence files again; trying at the next poll", e);
		}
	}

	/** Tries every file that is due now; how many were tried. */
	int retryDue() {
		var now = clock.instant();
		var tried = 0;
		for (var evidence : keeping.waitingForDownload(settings.attempts(), BATCH)) {
			if (dueAt(evidence).isAfter(now)) {
				continue;
			}
			tried++;
			retry(evidence);
		}
		return tried;
	}

	/**
	 * When the next try is due: at once for a file never tried (sent before files were kept); else
	 * {@code every} × (2ⁿ − 1) after it came, n tries made: 2, 6, 14, 30, 62 minutes by default.
	 */
	Instant dueAt(Evidence evidence) {
		var tries = evidence.downloadAttempts();
		if (tries == 0) {
			return evidence.receivedAt();
		}
		var factor = (1L << Math.min(tries, 20)) - 1;
		return evidence.receivedAt().plus(settings.every().multipliedBy(factor));
	}

	private void retry(Evidence evidence) {
		java.nio.file.Path temporary;
		try {
			temporary = Files.createTempFile("troly-evidence-", ".part");
		}
		catch (IOException e) {
			throw new UncheckedIOException("No temporary file for a download", e);
		}
		try {
			var download = attachments.fetchTo(evidence.telegramFileId(), evidenceSettings.maxFileSize().toBytes(),
					temporary);
			if (download instanceof Attachments.Saved saved) {
				try {
					keeping.downloaded(evidence.id(), saved.path());
				}
				catch (UncheckedIOException e) {
					log.error("Evidence {} was downloaded but could not be stored in the evidence folder", evidence.id(), e);
					failed(evidence, "could not store: " + e.getCause());
					return;
				}
				// Only who was told "will retry" waits for news; a file from before files were kept came silently.
				if (evidence.downloadAttempts() > 0) {
					tell(evidence, "chat.evidence.retry.kept");
				}
				return;
			}
			failed(evidence, download instanceof Attachments.Failed failed ? failed.detail() : "too large: " + download);
		}
		finally {
			EvidenceKeeper.delete(temporary);
		}
	}

	/** One more try failed; after the last one the sender is asked to send the file again. */
	private void failed(Evidence evidence, String why) {
		var after = keeping.downloadFailed(evidence.id(), why);
		if (after.isPresent() && after.get().downloadAttempts() >= settings.attempts()) {
			log.warn("Evidence {} could not be fetched after {} tries: {}", evidence.id(), settings.attempts(), why);
			tell(evidence, "chat.evidence.retry.lost");
		}
	}

	/** Tells the sender about their file privately, once per file and outcome. */
	private void tell(Evidence evidence, String key) {
		var official = people.byId(new OfficialId(evidence.official().getId())).orElse(null);
		if (official == null || !official.active() || official.unit().isEmpty()) {
			return;
		}
		// The job runs for the whole installation: the item is read in its sender's unit.
		var item = scope.within(official.unit().get(), () -> planItems.byId(new PlanItemId(evidence.item().getId())))
			.orElse(null);
		if (item == null) {
			return;
		}
		var user = new UserId(official.telegramUserId());
		var chat = new ChatId(official.telegramUserId());
		var locale = languages.languageOf(user, null).locale();
		var reply = Reply.text(key, item.code(), items.shortTitle(item), evidence.id(),
				evidence.fileName() == null ? Phrase.of("chat.evidence.photo") : evidence.fileName(), items.date(items.day(evidence.receivedAt())));
		transport.sendOnce(key + ":" + evidence.id(), chat, locale, fit.shape(reply, transport.capabilities(), chat, user));
	}
}
