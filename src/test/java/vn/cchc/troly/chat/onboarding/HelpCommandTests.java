package vn.cchc.troly.chat.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.troly.chat.ReplyTexts.EN;
import static vn.cchc.troly.chat.ReplyTexts.VI;
import static vn.cchc.troly.chat.ReplyTexts.texts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatId;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.ChatRequest.ChatKind;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.ReplyTexts;
import vn.cchc.troly.chat.UserId;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.CommandRegistry;
import vn.cchc.troly.chat.internal.ItemTexts;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;

/** /trogiup against the reply model, without Spring's context or a messenger. */
class HelpCommandTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final List<ChatCommand> commands = List.of(
			command("viec", "my", "chat.items.command", Access.REGISTERED, Chats.PRIVATE),
			command("so", "figure", "chat.report.command.figure", Access.REGISTERED, Chats.PRIVATE),
			command("tinhhinh", "status", "chat.status.command", Access.LEADER_OR_COORDINATOR,
					Chats.PRIVATE_AND_LEADERSHIP_GROUP),
			command("han", "deadline", "chat.deadline.command", Access.COORDINATOR, Chats.PRIVATE),
			command("trogiup", "help", "telegram.command.help", Access.REGISTERED, Chats.ANY));

	@Test
	void anOfficialSeesTheirCommandsAndTheRestOneLineAway() {
		var reply = help("2024-06-14T09:00:00Z").handle(request(official(Role.OFFICIAL), "vi", ""));

		var text = texts(reply, VI).get(0);
		assertThat(text).startsWith("Trợ lý CCHC giúp theo dõi kế hoạch")
			.contains("/viec (/my): " + ReplyTexts.messages().getMessage("chat.items.command", null, VI) + "\n/so (/figure): ")
			.contains("/trogiup (/help): ")
			.doesNotContain("/tinhhinh", "/han")
			.contains("Còn 2 lệnh khác: gõ /trogiup tatca hoặc bấm nút bên dưới.");
		assertThat(buttons(reply)).containsExactly("help:all");
	}

	@Test
	void aLeaderAlsoSeesTheQueriesButNotTheCoordinatorsJobs() {
		var text = texts(help("2024-06-14T09:00:00Z").handle(request(official(Role.LEADER), "vi", "")), VI).get(0);

		assertThat(text).contains("/tinhhinh (/status): ").doesNotContain("/han").contains("Còn 1 lệnh khác");
	}

	@Test
	void theCoordinatorSeesEveryCommandWithAnExampleDateOfTheRunningYear() {
		var june = help("2024-06-14T09:00:00Z").handle(request(official(Role.COORDINATOR), "vi", ""));
		var november = help("2025-11-03T02:00:00Z").handle(request(official(Role.COORDINATOR), "vi", ""));

		assertThat(texts(june, VI).get(0)).contains("/han (/deadline): Đặt hạn cho một mục (điều phối): /han 2.2 30/09/2024")
			.doesNotContain("tatca");
		assertThat(buttons(june)).isEmpty();
		assertThat(texts(november, VI).get(0)).contains("/han 2.2 31/12/2025");
	}

	@Test
	void allCommandsAreGroupedByWhoMayUseThem() {
		var text = texts(help("2024-06-14T09:00:00Z").handle(request(official(Role.OFFICIAL), "vi", "tatca")), VI).get(0);

		assertThat(text).contains("""
				Mọi cán bộ, công chức đã đăng ký
				/viec (/my): """)
			.contains("\n\nLãnh đạo và điều phối\n/tinhhinh (/status): ")
			.contains("\n\nChỉ điều phối (Văn phòng - Thống kê)\n/han (/deadline): ");
	}

	@Test
	void anAppInEnglishSeesTheEnglishNamesFirst() {
		var text = texts(help("2024-06-14T09:00:00Z").handle(request(official(Role.OFFICIAL), "en", "")), EN).get(0);

		assertThat(text).contains("/my (/viec): ").contains("/figure (/so): ")
			.contains("2 more commands: send /help all or press the button below.");
	}

	@Test
	void inAGroupOnlyTheCommandsThatAnswerThereAreListed() {
		var leader = official(Role.LEADER);
		var inGroup = ChatRequest.message(1, new UserId(5), "An", null, "vi", new ChatId(-5), ChatKind.GROUP, "Lãnh đạo",
				1, false, true, "/trogiup", null, false, VI).asCommand("trogiup", "").withCaller(leader);

		var text = texts(help("2024-06-14T09:00:00Z").handle(inGroup), VI).get(0);

		assertThat(text).contains("/tinhhinh (/status): ", "/trogiup (/help): ").doesNotContain("/viec", "/so ");
	}

	private HelpCommand help(String now) {
		var beans = new DefaultListableBeanFactory();
		beans.registerSingleton("registry", new CommandRegistry(commands));
		var plain = new PlainTexts(ReplyTexts.messages());
		var items = new ItemTexts(plain, Clock.fixed(Instant.parse(now), ZONE));
		return new HelpCommand(new HelpLines(beans.getBeanProvider(CommandRegistry.class), plain, items));
	}

	private static List<String> buttons(Reply reply) {
		return ((Reply.Text) reply.parts().get(0)).buttons().stream().flatMap(List::stream)
			.map(b -> b.callbackData()).toList();
	}

	private static Official official(Role... roles) {
		var grants = Arrays.stream(roles).map(Official.RoleGrant::new).collect(Collectors.toSet());
		return new Official(5L, 5, "An", null, true, Instant.EPOCH, null, 1L, grants, Set.of());
	}

	private static ChatRequest request(Official caller, String language, String argument) {
		var locale = "en".equals(language) ? EN : VI;
		return ChatRequest.message(1, new UserId(5), "An", null, language, new ChatId(5), ChatKind.PRIVATE, null, 1,
				false, false, "/trogiup " + argument, null, false, locale).asCommand("trogiup", argument)
			.withCaller(caller);
	}

	private static ChatCommand command(String name, String alias, String descriptionKey, Access access, Chats chats) {
		var help = "han".equals(name) ? "chat.deadline.help" : null;
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

			public String helpKey() {
				return help;
			}

			public Access access() {
				return access;
			}

			public Chats chats() {
				return chats;
			}

			public Reply handle(ChatRequest request) {
				return Reply.none();
			}
		};
	}
}
