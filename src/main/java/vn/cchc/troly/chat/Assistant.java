package vn.cchc.troly.chat;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.cchc.troly.chat.internal.ChannelFit;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.ChatRouter;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.chat.internal.LanguageChoices;

/**
 * The chat layer as a transport sees it: a request in, a reply out, shaped for what the channel
 * can show; the language to answer a user in; the commands, for a messenger's command menu. The
 * transport calls {@link #answer} in the transaction that also records the update and queues the
 * reply, so all of it is kept, or none.
 */
@Service
public class Assistant {

	private final ChatRouter router;
	private final ChannelFit fit;
	private final CommandRegistry registry;
	private final LanguageChoices languages;

	Assistant(ChatRouter router, ChannelFit fit, CommandRegistry registry, LanguageChoices languages) {
		this.router = router;
		this.fit = fit;
		this.registry = registry;
		this.languages = languages;
	}

	/**
	 * The answer to the request, for a channel that can do what {@code channel} says; its locale is
	 * set (the request's, unless the reply changed it: /ngonngu). Empty when the bot stays quiet.
	 * An exception means the request could not be handled: the caller rolls its work back.
	 */
	public Reply answer(ChatRequest request, ChannelCapabilities channel) {
		var reply = fit.shape(router.route(request), channel, request.chatId(), request.userId());
		return reply.locale() != null ? reply : reply.in(request.locale());
	}

	/** The language to answer a user in: their /ngonngu choice, else their app's language, else Vietnamese. */
	public Locale languageOf(UserId user, String appLanguageCode) {
		return languages.languageOf(user, appLanguageCode).locale();
	}

	/** Every command, in the order of the help, with who may use it and where. */
	public List<CommandInfo> commands() {
		return registry.commands().stream().map(Assistant::info).toList();
	}

	private static CommandInfo info(ChatCommand command) {
		return new CommandInfo(command.name(), command.alias(), command.descriptionKey(), command.inMenu(),
				command.access(), command.chats(), command.servesProvince(),
				command.provinceDescriptionKey());
	}
}
