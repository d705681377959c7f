package vn.cchc.troly.chat.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;

/**
 * /trogiup (/help): what the bot is for and the commands the caller's roles may use (in a group,
 * those that answer there), with the rest one step away: /trogiup tatca (/help all) or the
 * "Tất cả lệnh" button ({@link HelpAllButton}) lists every command by who may use it.
 */
@Component
@Order(900)
class HelpCommand implements ChatCommand {

	/** The words after /trogiup that ask for every command. */
	private static final Set<String> ALL = Set.of("tatca", "tấtcả", "all");

	private final HelpLines lines;

	HelpCommand(HelpLines lines) {
		this.lines = lines;
	}

	/** The province's people use it too. */
	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public String name() {
		return "trogiup";
	}

	@Override
	public String alias() {
		return "help";
	}

	@Override
	public String descriptionKey() {
		return "telegram.command.help";
	}

	@Override
	public Chats chats() {
		return Chats.ANY;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var argument = request.argument() == null ? "" : request.argument().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		if (ALL.contains(argument)) {
			return Reply.text("telegram.help", lines.all(request.locale()));
		}
		var mine = lines.mine(request.official(), !request.isPrivate(), request.locale());
		if (mine.hidden() == 0) {
			return Reply.text("telegram.help", Lines.of(mine.lines()));
		}
		var shown = new ArrayList<Object>(mine.lines());
		shown.add("");
		shown.add(Phrase.of("chat.help.more", mine.hidden()));
		return Reply.text("telegram.help", Lines.of(shown))
			.withButtons(List.of(Button.row(Button.of("chat.help.button.all", HelpAllButton.DATA))));
	}
}
