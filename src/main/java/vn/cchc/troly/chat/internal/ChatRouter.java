package vn.cchc.troly.chat.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;

/**
 * The one place that decides who answers a request: a button choice goes to the
 * {@link CallbackHandler} owning its data's prefix; "/name argument" to the {@link ChatCommand}
 * of that name or alias (any case); a bare number while numbered choices are pending is the choice
 * of that button; other text, photos and files go to the pending {@link ConversationStep}, else the
 * {@link TextHandler}s or {@link MediaHandler}s. The caller is resolved once, then the
 * {@link AccessRule} applies the handler's declared {@link Access} (strangers only reach /start).
 * Each has a fallback that tells the user what to do instead; in groups the bot stays quiet about
 * messages that are not clearly for it.
 */
@Component
public class ChatRouter {

	private static final Pattern CHOICE_NUMBER = Pattern.compile("[1-9][0-9]?");

	private final CommandRegistry commands;
	private final List<CallbackHandler> callbacks;
	private final List<TextHandler> texts;
	private final List<MediaHandler> media;
	private final Map<String, ConversationStep> steps;
	private final Conversations conversations;
	private final Callers callers;
	private final AccessRule access;
	private final UnitScope scope;

	ChatRouter(CommandRegistry commands, List<CallbackHandler> callbacks, List<TextHandler> texts,
			List<MediaHandler> media, List<ConversationStep> steps, Conversations conversations, Callers callers,
			AccessRule access, UnitScope scope) {
		this.scope = scope;
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
		this.callers = callers;
		this.access = access;
	}

	/**
	 * The answer to a request, worked out in the caller's unit ({@link UnitScope}): whatever a
	 * handler reads (the plan, the officials, the leadership group) is of that unit. Strangers and
	 * the province's people work in no unit.
	 */
	public Reply route(ChatRequest incoming) {
		var request = callers.resolve(incoming);
		var unit = request.caller() == null ? java.util.Optional.<UnitId>empty() : request.caller().unit();
		return unit.map(u -> scope.within(u, () -> routeInUnit(request))).orElseGet(() -> routeInUnit(request));
	}

	private Reply routeInUnit(ChatRequest incoming) {
		if (incoming.isPress()) {
			return pressed(incoming);
		}
		if (!incoming.edited() && incoming.text() != null && incoming.text().startsWith("/")) {
			return command(incoming);
		}
		if (incoming.text() == null && incoming.attachment() == null) {
			// A voice note or a sticker in a private chat is someone waiting for an answer; elsewhere it is chatter.
			if (!incoming.unreadable() || !incoming.isPrivate()) {
				return Reply.none();
			}
			return access.refusal(incoming, Access.REGISTERED, Chats.ANY)
				.orElseGet(() -> Reply.text("telegram.media.unreadable"));
		}
		var request = incoming;
		// Text, photos, files and edits are for registered officials only; the province's people reach
		// only a step that serves them (or a numbered choice, whose button is judged when pressed).
		var refused = access.refusal(request, Access.REGISTERED, Chats.ANY, forProvince(request));
		if (refused.isPresent()) {
			return refused.get();
		}
		if (request.edited()) {
			return request.isPrivate() ? Reply.text("telegram.edited.ignored") : Reply.none();
		}
		var pending = conversations.current(request);
		var chosen = pending.flatMap(conversation -> chosen(request, conversation));
		if (chosen.isPresent()) {
			return pressed(request.asChoice(chosen.get()));
		}
		if (pending.isPresent() && steps.containsKey(pending.get().topic())) {
			return steps.get(pending.get().topic()).handle(request, pending.get());
		}
		if (request.attachment() != null) {
			return firstAnswer(media.stream().map(h -> h.handle(request)), request, "telegram.media.unexpected");
		}
		return firstAnswer(texts.stream().map(h -> h.handle(request)), request, "telegram.text.unknown");
	}

	/** Whether the text is for the province: a pending step that serves it, or a numbered choice. */
	private boolean forProvince(ChatRequest request) {
		if (request.caller() == null || !request.caller().isProvince() || request.edited()) {
			return false;
		}
		return conversations.current(request)
			.filter(conversation -> chosen(request, conversation).isPresent()
					|| steps.containsKey(conversation.topic()) && steps.get(conversation.topic()).servesProvince())
			.isPresent();
	}

		/** The data of the button whose number the user typed, when numbered choices are pending. */
	static Optional<String> chosen(ChatRequest request, Conversation conversation) {
		if (request.text() == null || conversation.choices().isEmpty()) {
			return Optional.empty();
		}
		var typed = request.text().strip();
		if (!CHOICE_NUMBER.matcher(typed).matches()) {
			return Optional.empty();
		}
		var number = Integer.parseInt(typed);
		return number <= conversation.choices().size() ? Optional.of(conversation.choices().get(number - 1))
				: Optional.empty();
	}

	private Reply pressed(ChatRequest request) {
		var data = request.callbackData() == null ? "" : request.callbackData();
		var handler = callbacks.stream().filter(h -> data.startsWith(h.prefix())).findFirst();
		var refused = access.refusal(request, handler.map(CallbackHandler::access).orElse(Access.REGISTERED), Chats.ANY,
				handler.map(CallbackHandler::servesProvince).orElse(false));
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
		var name = text.substring(1, end).toLowerCase(Locale.ROOT);
		var argument = text.substring(end).strip();
		var command = commands.find(name);
		if (command.isEmpty() && !request.isPrivate() && !request.addressed()) {
			// In a group an unknown, unaddressed command is probably for another bot.
			return Reply.none();
		}
		var asCommand = request.asCommand(name, argument);
		var refused = access.refusal(asCommand, command.map(ChatCommand::access).orElse(Access.REGISTERED),
				command.map(ChatCommand::chats).orElse(Chats.ANY), command.map(ChatCommand::servesProvince).orElse(false));
		if (refused.isPresent()) {
			return refused.get();
		}
		if (command.isEmpty()) {
			return Reply.text("telegram.command.unknown", name);
		}
		conversations.end(asCommand);
		return command.get().handle(asCommand);
	}

	private static Reply firstAnswer(Stream<Optional<Reply>> answers, ChatRequest request, String fallbackKey) {
		return answers.flatMap(Optional::stream).findFirst()
			.orElseGet(() -> request.isPrivate() ? Reply.text(fallbackKey) : Reply.none());
	}
}
