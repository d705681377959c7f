package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.troly.chat.ReplyTexts.EN;
import static vn.cchc.troly.chat.ReplyTexts.VI;
import static vn.cchc.troly.chat.ReplyTexts.texts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.ChatRequest.ChatKind;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.ReplyTexts;
import vn.cchc.troly.chat.UserId;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.chat.internal.PlainTexts;

/** /trogiup against the reply model, without Spring's context or a messenger. */
class HelpCommandTests {

	private final HelpCommand help = help(List.of(command("viec", "my", "chat.items.command"),
			command("so", "figure", "chat.report.command.figure")));

	@Test
	void listsEveryCommandWithItsAliasAndDescription() {
		var text = texts(help.handle(request("vi")), VI).get(0);

		assertThat(text).startsWith("Trợ lý CCHC giúp theo dõi kế hoạch")
			.contains("/viec (/my): " + ReplyTexts.messages().getMessage("chat.items.command", null, VI) + "\n/so (/figure): ");
	}

	@Test
	void anAppInEnglishSeesTheEnglishNamesFirst() {
		var text = texts(help.handle(request("en")), EN).get(0);

		assertThat(text).contains("/my (/viec): ").contains("/figure (/so): ");
	}

	private static HelpCommand help(List<ChatCommand> commands) {
		var beans = new DefaultListableBeanFactory();
		beans.registerSingleton("registry", new CommandRegistry(commands));
		return new HelpCommand(beans.getBeanProvider(CommandRegistry.class), new PlainTexts(ReplyTexts.messages()));
	}

	private static ChatRequest request(String language) {
		var locale = "en".equals(language) ? EN : VI;
		return ChatRequest.message(1, new UserId(5), "An", null, language, new ChatId(5), ChatKind.PRIVATE, null, 1,
				false, false, "/trogiup", null, false, locale).asCommand("trogiup", "");
	}

	private static ChatCommand command(String name, String alias, String descriptionKey) {
		return new ChatCommand() {
			public String name() {
				return name;
			}

			public String alias() {
				return alias;
			}

			public String descriptionKey() {
				return descriptionKey;
			}

			public Reply handle(ChatRequest request) {
				return Reply.none();
			}
		};
	}
}
