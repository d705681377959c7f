package vn.cchc.troly.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The one place that decides who answers a request: a button press goes to the
 * {@link CallbackHandler} owning its data's prefix; "/name@bot argument" to the {@link ChatCommand}
 * of that name or alias (any case; commands addressed to another bot are ignored); other text,
 * photos and files to the pending {@link ConversationStep}, else the {@link TextHandler}s or
 * {@link MediaHandler}s. Before any handler runs, the {@link AccessRule} applies the handler's declared
 * {@link Access} (strangers only reach /start). Each has a fallback that tells the user what to do instead; in groups the
 * bot stays quiet about messages that are not clearly for it.
 */
@Component
class ChatRouter {

	private final CommandRegistry commands;
	private final List<CallbackHandler> callbacks;
	private final List<TextHandler> texts;
	private final List<MediaHandler> media;
	private final Map<String, ConversationStep> steps;
	private final Conversations conversations;
	private final AccessRule access;
	private final String botUsername;

	ChatRouter(CommandRegistry commands, List<CallbackHandler> callbacks, List<TextHandler> texts,
			List<MediaHandler> media, List<ConversationStep> steps, Conversations conversations, AccessRule access,
			TelegramSettings settings) {
		this.commands = commands;
		this.callbacks = callbacks.stream().sorted(Comparator.comparing((CallbackHandler h) -> h.prefix().length()).reversed())
			.toList();
		callbacks.stream().collect(Collectors.groupingBy(CallbackHandler::prefix)).forEach((prefix, owners) -> {
			if (prefix.isEmpty() || owners.size() > 1) {
				throw new IllegalStateException("callback prefix \"" + prefix + "\" must be non-empty and have one owner: "
						+ owners.stream().map(o -> o.getClass().getSimpleName()).toList());
			}
		});
		this.texts = texts;
		this.media = media;
		this.steps = steps.stream().collect(Collectors.toMap(ConversationStep::topic, Function.identity()));
		this.conversations = conversations;
		this.access = access;
		this.botUsername = settings.botUsername();
	}

	Reply route(ChatRequest request) {
		if (request.callbackQueryId() != null) {
			return pressed(request);
		}
		if (!request.edited() && request.text() != null && request.text().startsWith("/")) {
			return command(request);
		}
		if (request.text() == null && request.attachment() == null) {
			// A voice note or a sticker in a private chat is someone waiting for an answer; elsewhere it is chatter.
			if (!request.unreadable() || !request.isPrivate()) {
				return Reply.none();
			}
			return access.refusal(request, Access.REGISTERED, Chats.ANY)
				.orElseGet(() -> Reply.text("telegram.media.unreadable"));
		}
		// Text, photos, files and edits are for registered officials only.
		var refused = access.refusal(request, Access.REGISTERED, Chats.ANY);
		if (refused.isPresent()) {
			return refused.get();
		}
		if (request.edited()) {
			return request.isPrivate() ? Reply.text("telegram.edited.ignored") : Reply.none();
		}
		var pending = conversations.current(request);
		if (pending.isPresent() && steps.containsKey(pending.get().topic())) {
			return steps.get(pending.get().topic()).handle(request, pending.get());
		}
		if (request.attachment() != null) {
			return firstAnswer(media.stream().map(h -> h.handle(request)), request, "telegram.media.unexpected");
		}
		return firstAnswer(texts.stream().map(h -> h.handle(request)), request, "telegram.text.unknown");
	}

	private Reply pressed(ChatRequest request) {
		var data = request.callbackData() == null ? "" : request.callbackData();
		var handler = callbacks.stream().filter(h -> data.startsWith(h.prefix())).findFirst();
		var refused = access.refusal(request, handler.map(CallbackHandler::access).orElse(Access.REGISTERED), Chats.ANY);
		if (refused.isPresent()) {
			return refused.get();
		}
		return handler.map(h -> h.handle(request)).orElseGet(() -> Reply.answer("telegram.callback.expired"));
	}

	private Reply command(ChatRequest request) {
		var text = request.text().strip();
		var end = 1;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		var word = text.substring(1, end);
		var argument = text.substring(end).strip();
		var at = word.indexOf('@');
		var addressed = at >= 0;
		if (addressed) {
			if (botUsername == null || !word.substring(at + 1).equalsIgnoreCase(botUsername)) {
				return Reply.none();
			}
			word = word.substring(0, at);
		}
		var name = word.toLowerCase(Locale.ROOT);
		var command = commands.find(name);
		if (command.isEmpty() && !request.isPrivate() && !addressed) {
			// In a group an unknown, unaddressed command is probably for another bot.
			return Reply.none();
		}
		var asCommand = request.asCommand(name, argument);
		var refused = access.refusal(asCommand, command.map(ChatCommand::access).orElse(Access.REGISTERED),
				command.map(ChatCommand::chats).orElse(Chats.ANY));
		if (refused.isPresent()) {
			return refused.get();
		}
		if (command.isEmpty()) {
			return Reply.text("telegram.command.unknown", name);
		}
		conversations.end(request);
		return command.get().handle(asCommand);
	}

	private static Reply firstAnswer(java.util.stream.Stream<Optional<Reply>> answers, ChatRequest request,
			String fallbackKey) {
		return answers.flatMap(Optional::stream).findFirst()
			.orElseGet(() -> request.isPrivate() ? Reply.text(fallbackKey) : Reply.none());
	}
}
