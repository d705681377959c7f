package vn.cchc.troly.chat.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.people.Official;

/**
 * The commands as /trogiup lists them: those the caller's roles may use (in a group, those that
 * answer there), or all of them grouped by who may use them. Examples with a date use a day of the
 * running year.
 */
@Component
class HelpLines {

	/** The groups of the full list, in order; /start (anyone) sits with the commands every official has. */
	private static final List<Access> GROUPS = List.of(Access.REGISTERED, Access.LEADER_OR_COORDINATOR,
			Access.COORDINATOR);

	// The registry holds the help command too: look it up when asked, not when built.
	private final ObjectProvider<CommandRegistry> registry;
	private final PlainTexts texts;
	private final ItemTexts items;

	HelpLines(ObjectProvider<CommandRegistry> registry, PlainTexts texts, ItemTexts items) {
		this.registry = registry;
		this.texts = texts;
		this.items = items;
	}

	/** What the caller may use here, one line each, and how many other commands there are. */
	Mine mine(Official caller, boolean inGroup, Locale locale) {
		var lines = new ArrayList<Phrase>();
		var hidden = 0;
		for (var command : registry.getObject().commands()) {
			var admitted = caller != null && caller.isProvince() ? command.servesProvince() : command.access().admits(caller);
			if (admitted && (!inGroup || command.chats() != Chats.PRIVATE)) {
				lines.add(caller != null && caller.isProvince() ? provinceLine(command, locale) : line(command, locale));
			}
			else {
				hidden++;
			}
		}
		return new Mine(lines, hidden);
	}

	/** Every command, grouped by who may use it. */
	Lines all(Locale locale) {
		var lines = new ArrayList<Object>();
		for (var group : GROUPS) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			lines.add(Phrase.of("chat.help.group." + group.name()));
			registry.getObject().commands().stream()
				.filter(c -> c.access() == group || group == Access.REGISTERED && c.access() == Access.ANYONE)
				.forEach(c -> lines.add(line(c, locale)));
		}
		return Lines.of(lines);
	}

	private Phrase line(ChatCommand command, Locale locale) {
		var english = Language.fromCode(locale.getLanguage()).orElse(Language.VI) == Language.EN;
		// A help key takes an example date; a plain description is shown as the menu shows it.
		var description = command.helpKey() == null ? texts.plain(command.descriptionKey(), List.of(), locale)
				: texts.plain(command.helpKey(), List.of(items.exampleDeadline()), locale);
		return Phrase.of("telegram.help.line", english ? command.alias() : command.name(),
				english ? command.name() : command.alias(), description);
	}

	private Phrase provinceLine(ChatCommand command, Locale locale) {
		var english = Language.fromCode(locale.getLanguage()).orElse(Language.VI) == Language.EN;
		return Phrase.of("telegram.help.line", english ? command.alias() : command.name(),
				english ? command.name() : command.alias(),
				texts.plain(command.provinceDescriptionKey(), List.of(), locale));
	}

	/** The caller's commands, and how many more the full list has. */
	record Mine(List<Phrase> lines, int hidden) {
	}
}
