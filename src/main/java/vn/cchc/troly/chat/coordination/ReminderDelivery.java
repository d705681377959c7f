package vn.cchc.troly.chat.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatTransport;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.UserId;
import vn.cchc.troly.chat.internal.ChannelFit;
import vn.cchc.troly.chat.internal.EventUnits;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.LanguageChoices;
import vn.cchc.troly.chat.reporting.ReportItemButton;
import vn.cchc.troly.report.ReminderDetails;
import vn.cchc.troly.report.ReminderIssued;
import vn.cchc.troly.report.Reminders;

/**
 * Sends a recorded reminder to the official privately: the items it is about, each with a button
 * to report on it now. What it says is decided here; the transport queues it once per reminder
 * and sends it, like summaries.
 */
@Component
class ReminderDelivery {

	private final Reminders reminders;
	private final LanguageChoices languages;
	private final ItemTexts texts;
	private final ChannelFit fit;
	private final ChatTransport transport;
	private final EventUnits units;

	ReminderDelivery(Reminders reminders, LanguageChoices languages, ItemTexts texts, ChannelFit fit,
			ChatTransport transport, EventUnits units) {
		this.units = units;
		this.reminders = reminders;
		this.languages = languages;
		this.texts = texts;
		this.fit = fit;
		this.transport = transport;
	}

	@ApplicationModuleListener
	void on(ReminderIssued issued) {
		units.forOfficial(issued.officialId(), () -> deliver(issued));
	}

	private void deliver(ReminderIssued issued) {
		var details = reminders.details(issued.reminderId()).orElse(null);
		if (details == null || details.items().isEmpty()) {
			return;
		}
		// The official's private chat with the bot has the same number as the official's user.
		var user = new UserId(issued.telegramUserId());
		var chat = new ChatId(issued.telegramUserId());
		var locale = languages.languageOf(user, null).locale();
		var reply = fit.shape(reply(details, locale), transport.capabilities(), chat, user);
		transport.sendOnce("reminder:" + issued.reminderId(), chat, locale, reply);
	}

	Reply reply(ReminderDetails details, Locale locale) {
		var lines = Lines.of(details.items().stream()
			.map(s -> Phrase.of("chat.reminder.line", s.item().code(), texts.shortTitle(s.item()),
					texts.target(s.item().target(), locale), texts.status(s.status(), locale))));
		var reply = switch (details.kind()) {
			case PERIOD -> Reply.text("chat.reminder.period", lines);
			case DEADLINE -> Reply.text("chat.reminder.deadline", details.daysBefore(), texts.date(details.deadline()), lines);
			case OVERDUE -> Reply.text("chat.reminder.overdue", texts.date(details.deadline()), lines);
		};
		var buttons = new ArrayList<List<Button>>();
		for (var situation : details.items()) {
			buttons.add(Button.row(Button.of("chat.reminder.button", ReportItemButton.PREFIX + situation.item().code(),
					situation.item().code())));
		}
		return reply.withButtons(buttons);
	}
}
