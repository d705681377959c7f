package vn.cchc.troly.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cchc.troly.report.ReminderDetails;
import vn.cchc.troly.report.ReminderIssued;
import vn.cchc.troly.report.Reminders;

/**
 * Sends a recorded reminder to the official privately: the items it is about, each with a
 * button to report on it now. Like summaries, queued once per reminder and sent by the outbox.
 */
@Component
class ReminderDelivery {

	private final Reminders reminders;
	private final LanguageChoices languages;
	private final ItemTexts texts;
	private final ReplyRenderer renderer;
	private final ChatMessenger messenger;

	ReminderDelivery(Reminders reminders, LanguageChoices languages, ItemTexts texts, ReplyRenderer renderer,
			ChatMessenger messenger) {
		this.reminders = reminders;
		this.languages = languages;
		this.texts = texts;
		this.renderer = renderer;
		this.messenger = messenger;
	}

	@ApplicationModuleListener
	void on(ReminderIssued issued) {
		var details = reminders.details(issued.reminderId()).orElse(null);
		if (details == null || details.items().isEmpty()) {
			return;
		}
		var locale = languages.languageOf(issued.telegramUserId(), null).locale();
		messenger.sendOnce("reminder:" + issued.reminderId(), issued.telegramUserId(), locale, reply(details, locale));
	}

	Reply reply(ReminderDetails details, Locale locale) {
		var lines = details.items().stream()
			.map(s -> renderer.html("chat.reminder.line", List.of(s.item().code(), texts.shortTitle(s.item()),
					texts.target(s.item().target(), locale), texts.status(s.status(), locale)), locale))
			.collect(Collectors.joining("\n"));
		var reply = switch (details.kind()) {
			case PERIOD -> Reply.text("chat.reminder.period", new SafeHtml(lines));
			case DEADLINE -> Reply.text("chat.reminder.deadline", details.daysBefore(), texts.date(details.deadline()),
					new SafeHtml(lines));
			case OVERDUE -> Reply.text("chat.reminder.overdue", texts.date(details.deadline()), new SafeHtml(lines));
		};
		var buttons = new ArrayList<List<Button>>();
		for (var situation : details.items()) {
			buttons.add(Button.row(Button.of("chat.reminder.button", "rep:" + situation.item().code(),
					situation.item().code())));
		}
		return reply.withButtons(buttons);
	}
}
