package vn.cchc.troly.telegram;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /trogiup (/help): what the bot is for and every command with its description. */
@Component
@Order(900)
class HelpCommand implements ChatCommand {

	// The registry holds this command too: look it up when asked, not when built.
	private final ObjectProvider<CommandRegistry> registry;
	private final ReplyRenderer renderer;

	HelpCommand(ObjectProvider<CommandRegistry> registry, ReplyRenderer renderer) {
		this.registry = registry;
		this.renderer = renderer;
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
			.map(c -> renderer.html("telegram.help.line",
					List.of(english ? c.alias() : c.name(), english ? c.name() : c.alias(),
							renderer.plain(c.descriptionKey(), List.of(), request.locale())),
					request.locale()))
			.collect(Collectors.joining("\n"));
		return Reply.text("telegram.help", new SafeHtml(lines));
	}
}
