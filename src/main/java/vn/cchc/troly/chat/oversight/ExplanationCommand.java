package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Lines;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.progress.ExplanationView;
import vn.cchc.troly.progress.Explanations;

/**
 * /giaitrinh (/explain). A leader or the coordinator: {@code /giaitrinh 2.2 vì sao chưa đạt?} asks the
 * item's lead to explain; {@code /giaitrinh} alone lists the requests still waiting (their own; all
 * for the coordinator). Anyone: {@code /giaitrinh} lists the requests waiting for their answer, each
 * with its button. The province: {@code /giaitrinh Phổ Châu 2.2 vì sao chưa đạt?} asks that unit's lead
 * (the unit picked by a loose name, {@link UnitPicks}); {@code /giaitrinh} alone lists what they asked
 * that still waits, unit by unit.
 */
@Component
@Order(520)
class ExplanationCommand implements ChatCommand {

	private static final int LISTED = 15;

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Units units;
	private final UnitScope scope;

	ExplanationCommand(Explanations explanations, ExplanationTexts texts, Units units, UnitScope scope) {
		this.explanations = explanations;
		this.texts = texts;
		this.units = units;
		this.scope = scope;
	}

	@Override
	public String name() {
		return "giaitrinh";
	}

	@Override
	public String alias() {
		return "explain";
	}

	@Override
	public String descriptionKey() {
		return "chat.explain.command";
	}

	@Override
	public String provinceDescriptionKey() {
		return "chat.explain.command.province";
	}

	@Override
	public Chats chats() {
		return Chats.PRIVATE_AND_LEADERSHIP_GROUP;
	}

	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var official = request.official();
		if (official.isProvince()) {
			return forProvince(official, request.argument());
		}
		var overseer = official.hasRole(Role.LEADER) || official.hasRole(Role.COORDINATOR);
		var argument = request.argument();
		if (!argument.isEmpty()) {
			if (!overseer) {
				return Reply.text("chat.explain.refused.NOT_A_LEADER");
			}
			var space = argument.indexOf(' ');
			var code = space < 0 ? argument : argument.substring(0, space);
			var note = space < 0 ? null : argument.substring(space + 1);
			return texts.asked(explanations.ask(official, code, note));
		}
		var toAnswer = request.isPrivate() ? explanations.waitingFor(official) : List.<ExplanationView>of();
		var asked = !overseer ? List.<ExplanationView>of()
				: explanations.waiting().stream()
					.filter(x -> official.hasRole(Role.COORDINATOR) || x.askedById() == official.id())
					.toList();
		if (toAnswer.isEmpty() && asked.isEmpty()) {
			return Reply.text(overseer ? "chat.explain.none.overseer" : "chat.explain.none");
		}
		var reply = Reply.none();
		if (!asked.isEmpty()) {
			reply = reply.and(Reply.text("chat.explain.waiting", asked.size(), list(asked)));
		}
		if (!toAnswer.isEmpty()) {
			var buttons = new ArrayList<List<Button>>();
			toAnswer.stream().limit(LISTED).forEach(x -> buttons.add(Button.row(
					Button.of("chat.explain.button.replyTo", ExplanationReplyButton.PREFIX + x.id(), x.itemCode()))));
			reply = reply.and(Reply.text("chat.explain.toAnswer", toAnswer.size(), list(toAnswer)).withButtons(buttons));
		}
		return reply;
	}

	/** The province asks a unit it names, or lists what it asked, unit by unit. */
	private Reply forProvince(Official official, String argument) {
		if (argument.isEmpty()) {
			var asked = explanations.waitingAskedBy(official);
			return asked.isEmpty() ? Reply.text("chat.explain.none.province")
					: Reply.text("chat.explain.waiting", asked.size(), byUnit(asked));
		}
		var pick = UnitPicks.pick(argument, units::search);
		if (pick.code() == null) {
			return Reply.text("chat.explain.usage.province");
		}
		if (pick.units().isEmpty()) {
			return Reply.text("chat.explain.unit.unknown", pick.typed());
		}
		if (pick.units().size() > 1) {
			return Reply.text("chat.explain.unit.several", pick.typed(),
					Lines.of(pick.units().stream().limit(LISTED).map(u -> Phrase.of("chat.explain.unit.choice", u.name()))),
					pick.code());
		}
		var unit = pick.units().get(0);
		return scope.within(unit.unitId(),
				() -> texts.asked(explanations.ask(official, pick.code(), pick.note()), unit.name()));
	}

	/** The requests with their unit's name above each unit's first. */
	private Lines byUnit(List<ExplanationView> requests) {
		var lines = new ArrayList<Object>();
		Long unit = null;
		for (var x : requests.stream().limit(LISTED).toList()) {
			if (!Objects.equals(unit, x.unitId())) {
				unit = x.unitId();
				lines.add(Phrase.of("chat.explain.unit.header", ExplanationTexts.unit(x)));
			}
			lines.add(texts.line(x));
		}
		if (requests.size() > LISTED) {
			lines.add(Phrase.of("chat.explain.more", requests.size() - LISTED));
		}
		return Lines.of(lines);
	}

	private Lines list(List<ExplanationView> requests) {
		var lines = new ArrayList<Phrase>();
		requests.stream().limit(LISTED).forEach(x -> lines.add(texts.line(x)));
		if (requests.size() > LISTED) {
			lines.add(Phrase.of("chat.explain.more", requests.size() - LISTED));
		}
		return Lines.of(lines);
	}
}
