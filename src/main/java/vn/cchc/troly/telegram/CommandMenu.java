package vn.cchc.troly.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Assistant;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.CommandInfo;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.people.InviteRedeemed;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.OfficialId;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.telegram.outbound.ReplyRenderer;
import vn.cchc.troly.telegram.outbound.TelegramSender;

/**
 * The command menu Telegram shows beside the text field, from the registered commands and what
 * each one admits ({@link Access}, {@link Chats}), so nobody is offered a command that would only
 * refuse them: in private chats the officials' commands; in groups the ones that answer there; for
 * each leader and coordinator, in their own chat, everything their role may use. Vietnamese names
 * for everyone (no language code), English aliases for apps in English.
 * <p>
 * Leaders and coordinators are few; their menus are set in the background at start and when an
 * invite gives someone such a role, so neither start-up nor an update waits for Telegram.
 */
@Component
class CommandMenu implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

	private final Assistant assistant;
	private final ReplyRenderer renderer;
	private final TelegramSender sender;
	private final PeopleManagement people;
	private final TelegramSettings settings;
	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "telegram-menus");
		thread.setDaemon(true);
		return thread;
	});

	CommandMenu(Assistant assistant, ReplyRenderer renderer, TelegramSender sender, PeopleManagement people,
			TelegramSettings settings) {
		this.assistant = assistant;
		this.renderer = renderer;
		this.sender = sender;
		this.people = people;
		this.settings = settings;
	}

	/** Every scope's menu: the general ones now, each leader's and coordinator's in the background. */
	void publish() {
		set(new BotCommandScopeDefault(), CommandMenu::forOfficials);
		set(new BotCommandScopeAllGroupChats(), CommandMenu::inGroups);
		inBackground(() -> {
			for (var role : List.of(Role.LEADER, Role.COORDINATOR, Role.PROVINCE)) {
				people.withRoleEverywhere(role).forEach(this::publishFor);
			}
		});
	}

	/** Someone became a leader, the coordinator or one of the province's: their own menu lists what they may now use. */
	@TransactionalEventListener
	void on(InviteRedeemed redeemed) {
		if (redeemed.role() == Role.OFFICIAL || !settings.hasToken()) {
			return;
		}
		inBackground(() -> people.byId(new OfficialId(redeemed.officialId())).ifPresent(this::publishFor));
	}

	private void inBackground(Runnable work) {
		background.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException e) {
				// The database may be away (a stop, a sandbox reset); the general menu stays, the next start tries again.
				log.warn("The officials' own command menus could not be set: {}", settings.redact(String.valueOf(e)));
			}
		});
	}

	private void publishFor(Official official) {
		if (!official.active()
				|| !(official.hasRole(Role.LEADER) || official.hasRole(Role.COORDINATOR) || official.isProvince())) {
			return;
		}
		// The province's people get the commands that serve them, which the general menu does not show.
		Predicate<CommandInfo> offered = official.isProvince() ? command -> command.servesProvince() && inPrivate(command)
				: command -> command.access().admits(official) && inPrivate(command);
		try {
			set(new BotCommandScopeChat(String.valueOf(official.telegramUserId())), offered, official.isProvince());
		}
		catch (RuntimeException e) {
			// The general menu still lists their officials' commands; the next start tries again.
			log.warn("The command menu of official {} could not be set: {}", official.id(),
					settings.redact(String.valueOf(e)));
		}
	}

	private void set(BotCommandScope scope, Predicate<CommandInfo> offered) {
		set(scope, offered, false);
	}

	private void set(BotCommandScope scope, Predicate<CommandInfo> offered, boolean province) {
		sender.execute("setMyCommands", new SetMyCommands(commands(Language.VI, offered, province), scope, null));
		sender.execute("setMyCommands",
				new SetMyCommands(commands(Language.EN, offered, province), scope, Language.EN.code()));
	}

	List<BotCommand> commands(Language language, Predicate<CommandInfo> offered) {
		return commands(language, offered, false);
	}

	/** The menu's commands; the province's people read the descriptions written for them. */
	List<BotCommand> commands(Language language, Predicate<CommandInfo> offered, boolean province) {
		return assistant.commands().stream().filter(CommandInfo::inMenu).filter(offered)
			.map(c -> new BotCommand(language == Language.EN ? c.alias() : c.name(),
					renderer.plain(province ? c.provinceDescriptionKey() : c.descriptionKey(), List.of(),
							language.locale())))
			.toList();
	}

	/** What any registered official may use in a private chat (strangers are told how to join). */
	private static boolean forOfficials(CommandInfo command) {
		return (command.access() == Access.ANYONE || command.access() == Access.REGISTERED) && inPrivate(command);
	}

	private static boolean inPrivate(CommandInfo command) {
		return command.chats() != Chats.GROUPS;
	}

	private static boolean inGroups(CommandInfo command) {
		return command.chats() != Chats.PRIVATE;
	}

	@Override
	public void destroy() {
		background.shutdownNow();
	}
}
