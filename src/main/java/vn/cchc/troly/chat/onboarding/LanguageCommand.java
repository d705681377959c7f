package vn.cchc.troly.chat.onboarding;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Language;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.LanguageChoices;

/** /ngonngu (/lang) vi|en: the language the bot speaks to this user, kept for next time. */
@Component
@Order(910)
class LanguageCommand implements ChatCommand {

	private final LanguageChoices choices;

	LanguageCommand(LanguageChoices choices) {
		this.choices = choices;
	}

	/** The province's people use it too. */
	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public String name() {
		return "ngonngu";
	}

	@Override
	public String alias() {
		return "lang";
	}

	@Override
	public String descriptionKey() {
		return "telegram.command.language";
	}

	@Override
	public Chats chats() {
		return Chats.ANY;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (request.argument().isEmpty()) {
			return Reply.text("telegram.language.usage");
		}
		return Language.fromCode(request.argument())
			.map(language -> {
				choices.choose(request.userId(), language);
				return Reply.text("telegram.language.changed").in(language.locale());
			})
			.orElseGet(() -> Reply.text("telegram.language.unknown", request.argument()));
	}
}
