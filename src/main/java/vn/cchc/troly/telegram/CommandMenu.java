package vn.cchc.troly.telegram;

import java.util.List;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The command menu Telegram shows beside the text field, from the registered commands: Vietnamese
 * names for everyone (no language code), English aliases for users whose app is in English.
 */
@Component
class CommandMenu {

	private final CommandRegistry registry;
	private final ReplyRenderer renderer;
	private final TelegramSender sender;

	CommandMenu(CommandRegistry registry, ReplyRenderer renderer, TelegramSender sender) {
		this.registry = registry;
		this.renderer = renderer;
		this.sender = sender;
	}

	void publish() {
		sender.execute("setMyCommands", new SetMyCommands(commands(Language.VI), new BotCommandScopeDefault(), null));
		sender.execute("setMyCommands",
				new SetMyCommands(commands(Language.EN), new BotCommandScopeDefault(), Language.EN.code()));
	}

	List<BotCommand> commands(Language language) {
		return registry.commands().stream().filter(ChatCommand::inMenu)
			.map(c -> new BotCommand(language == Language.EN ? c.alias() : c.name(),
					renderer.plain(c.descriptionKey(), List.of(), language.locale())))
			.toList();
	}
}
