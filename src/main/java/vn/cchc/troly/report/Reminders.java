package vn.cchc.troly.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Unit;
import vn.cchc.troly.people.PositionHolders.Holder;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ItemStatus.Status;
import vn.cchc.troly.progress.Situation;

/**
 * Private nudges to the leads of items, each sent once:
 * <ul>
 * <li>PERIOD: from the weekly slot ({@code troly.report.reminder-cron}, default Thursday 09:00)
 * until the week ends, each active lead of an item nobody has reported on this period (⏰) gets
 * one message for the week listing those items;</li>
 * <li>DEADLINE_n: n days ({@code troly.report.deadline-notice-days}, default 7 and 1) before an
 * item's live deadline, unless it is met. A notice missed while the bot was down goes out late
 * but only the nearest one: back three days before the deadline, a lead gets the 7-day notice;
 * back on the last day, only the 1-day one;</li>
 * <li>OVERDUE: once the deadline has passed with the target not met.</li>
 * </ul>
 * "Leads" are the active officials holding the item's lead position; a muted one (/tamdung) is
 * passed over until the mute ends. A lead's notices about the same deadline are grouped into one
 * message. Each reminder is recorded under a unique key and published as {@link ReminderIssued}
 * in one transaction.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final ItemSituation situations;
	private final Leads leads;
	private final PeopleManagement people;
	private final ReminderRepository reminders;
	private final ReportSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Reminders(ItemSituation situations, Leads leads, PeopleManagement people, ReminderRepository reminders,
			ReportSettings settings, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.situations = situations;
		this.leads = leads;
		this.people = people;
		this.reminders = reminders;
		this.settings = settings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The coordinator's "send reminders now": this week's PERIOD reminders and any notice due, each still once. */
	public ReminderRun sendNow() {
		return run(true);
	}

	/**
	 * What the scheduler calls for each unit, in its scope: PERIOD reminders once the unit's weekly
	 * slot has come, deadline notices any time.
	 */
	ReminderRun sendIfDue() {
		return sendIfDue(null);
	}

	ReminderRun sendIfDue(Unit unit) {
		var now = clock.instant().atZone(clock.getZone());
		return run(settings.reminderSlot(unit).due(now).isPresent());
	}

	/** Mutes the official's reminders for {@code troly.report.mute-for} (/tamdung); the moment they resume. */
	public Optional<Instant> mute(OfficialId official) {
		var until = clock.instant().plus(settings.muteFor());
		return people.setMutedUntil(official, until).map(muted -> until);
	}

	/** A recorded reminder with its items as they stand now. */
	public Optional<ReminderDetails> details(long reminderId) {
		return reminders.findById(reminderId).map(reminder -> {
			var codes = new HashSet<>(reminder.itemCodes());
			var items = situations.situations().stream().filter(s -> codes.contains(s.item().code())).toList();
			var kind = ReminderKind.ofCode(reminder.kind());
			return new ReminderDetails(reminder.id(), reminder.official().getId(), kind,
					ReminderKind.daysOfCode(reminder.kind()),
					kind == ReminderKind.PERIOD ? null : LocalDate.parse(reminder.periodKey()), reminder.issuedAt(), items);
		});
	}

	private ReminderRun run(boolean periodDue) {
		var now = clock.instant();
		var all = situations.situations();
		var directory = leads.directory(ReportQueries.items(all));
		var sent = new ArrayList<ReminderRun.Sent>();
		var skipped = new ArrayList<ReminderRun.Skipped>();
		if (periodDue) {
			periodReminders(now, all, directory, sent, skipped);
		}
		deadlineNotices(now, all, directory, sent);
		return new ReminderRun(sent, skipped);
	}

	private void periodReminders(Instant now, List<Situation> all, Leads.Directory directory,
			List<ReminderRun.Sent> sent, List<ReminderRun.Skipped> skipped) {
		var weekKey = WeeklySlot.weekKey(now.atZone(clock.getZone()));
		var reminded = new HashSet<>(reminders.remindedForPeriod(weekKey));
		for (var lead : directory.notReported(all).leads()) {
			var official = lead.official();
			var codes = lead.items().stream().map(s -> s.item().code()).toList();
			if (official.isMuted(now)) {
				skipped.add(new ReminderRun.Skipped(official.id(), official.displayName(), ReminderRun.Reason.MUTED, codes));
				continue;
			}
			var issued = reminded.contains(official.id()) ? Optional.<ReminderRun.Sent>empty()
					: issue(official, ReminderKind.PERIOD, null, weekKey, "PERIOD|" + weekKey + "|" + official.id(),
							lead.items(), now);
			issued.ifPresentOrElse(sent::add, () -> skipped.add(new ReminderRun.Skipped(official.id(),
					official.displayName(), ReminderRun.Reason.ALREADY_REMINDED, codes)));
		}
	}

	private void deadlineNotices(Instant now, List<Situation> all, Leads.Directory directory,
			List<ReminderRun.Sent> sent) {
		var noticed = reminders.noticed().stream()
			.map(n -> n.officialId() + "|" + n.kind() + "|" + n.periodKey() + "|" + n.planItemId())
			.collect(Collectors.toSet());
		var groups = new LinkedHashMap<Notice, List<Situation>>();
		for (var situation : all) {
			var status = situation.status();
			if (status.status() == Status.MET || status.deadline() == null || status.daysLeft() == null) {
				continue;
			}
			var notice = notice(status.daysLeft(), status.overdue());
			if (notice == null) {
				continue;
			}
			var code = notice.kind().code(notice.days());
			for (var official : directory.leadsOf(situation.item())) {
				var key = official.id() + "|" + code + "|" + status.deadline() + "|" + situation.item().id();
				if (noticed.contains(key) || official.isMuted(now)) {
					continue;
				}
				groups.computeIfAbsent(new Notice(official, notice.kind(), notice.days(), status.deadline()),
						n -> new ArrayList<>()).add(situation);
			}
		}
		groups.forEach((notice, items) -> {
			var code = notice.kind().code(notice.days());
			var itemIds = items.stream().map(s -> String.valueOf(s.item().id())).collect(Collectors.joining(","));
			issue(notice.official(), notice.kind(), notice.days(), notice.deadline().toString(),
					code + "|" + notice.deadline() + "|" + notice.official().id() + "|" + itemIds, items, now)
				.ifPresent(sent::add);
		});
	}

	/** Which notice a deadline this many days away calls for: the nearest day count not yet passed. */
	private NoticeDue notice(long daysLeft, boolean overdue) {
		if (daysLeft < 0) {
			return overdue ? new NoticeDue(ReminderKind.OVERDUE, null) : null;
		}
		Integer nearest = null;
		for (var days : settings.deadlineNoticeDays()) {
			if (daysLeft <= days) {
				nearest = days;
			}
		}
		return nearest == null ? null : new NoticeDue(ReminderKind.DEADLINE, nearest);
	}

	private record NoticeDue(ReminderKind kind, Integer days) {
	}

	private record Notice(Holder official, ReminderKind kind, Integer days, LocalDate deadline) {
	}

	/** Records the reminder and publishes it, in one transaction; empty when another poller recorded it first. */
	private Optional<ReminderRun.Sent> issue(Holder official, ReminderKind kind, Integer days, String periodKey,
			String onceKey, List<Situation> items, Instant now) {
		var codes = items.stream().map(s -> s.item().code()).toList();
		try {
			return Optional.ofNullable(transaction.execute(status -> {
				var saved = reminders.save(new Reminder(null, kind.code(days), AggregateReference.to(official.id()),
						periodKey, onceKey, now, items.stream()
							.map(s -> new Reminder.Item(AggregateReference.to(s.item().id()), s.item().code()))
							.toList()));
				events.publishEvent(new ReminderIssued(saved.id(), official.id(), official.telegramUserId(), kind, days,
						codes));
				return new ReminderRun.Sent(saved.id(), official.id(), official.displayName(), kind, days, codes);
			}));
		}
		catch (RuntimeException e) {
			if (Duplicates.isDuplicate(e)) {
				log.info("Reminder {} was recorded by another poller", onceKey);
				return Optional.empty();
			}
			throw e;
		}
	}
}
