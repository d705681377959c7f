package vn.cchc.troly.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.starter.AfterBotRegistration;
import org.telegram.telegrambots.longpolling.starter.SpringLongPollingBot;

import vn.cchc.troly.telegram.inbound.UpdateIntake;

/**
 * The bot as the TelegramBots starter sees it: a token and a consumer of updates. It exists only
 * when a token is set. Public because the starter calls {@link #registered} by reflection.
 */
@Component
@Conditional(TokenPresent.class)
public class TelegramBot implements SpringLongPollingBot {

	private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

	private final TelegramSettings settings;
	private final UpdateIntake intake;
	private final CommandMenu menu;

	TelegramBot(TelegramSettings settings, UpdateIntake intake, CommandMenu menu) {
		this.settings = settings;
		this.intake = intake;
		this.menu = menu;
	}

	@Override
	public String getBotToken() {
		return settings.token();
	}

	@Override
	public LongPollingUpdateConsumer getUpdatesConsumer() {
		return intake;
	}

	/**
	 * Polling has started: handle what a crash left stored and unhandled (the polling thread waits
	 * for it before handling anything newer), then publish the command menu in both languages.
	 */
	@AfterBotRegistration
	public void registered(BotSession session) {
		log.info("Telegram bot @{} is polling {}", settings.botUsername(), settings.apiUrl());
		intake.processStored();
		try {
			menu.publish();
		}
		catch (RuntimeException e) {
			log.error("The command menu could not be set: {}", settings.redact(String.valueOf(e)));
		}
	}
}
