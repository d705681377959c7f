package vn.cchc.troly.chat.onboarding;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.chat.internal.PlainTexts;

/** /trogiup (/help): what the bot is for and every command with its description. */
@Component
@Order(900)
class HelpCommand implements ChatCommand {

	// The registry holds this command too: look it up when asked, not when built.
	private final ObjectProvider<CommandRegistry> registry;
	private final PlainTexts texts;

	HelpCommand(ObjectProvider<CommandRegistry> registry, PlainTexts texts) {
		this.registry = registry;
		this.texts = texts;
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
		var english = Language.fromCode(request.locale().getLanguage()).orElse(Language.VI) == Language.EN;
		var lines = registry.getObject().commands().stream()
			.map(c -> Phrase.of("telegram.help.line", english ? c.alias() : c.name(), english ? c.name() : c.alias(),
					texts.plain(c.descriptionKey(), List.of(), request.locale())));
		return Reply.text("telegram.help", Lines.of(lines));
	}
}
