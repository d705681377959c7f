package vn.cchc.troly.chat.oversight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.Button;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.chat.internal.Conversations;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.people.Units;
import vn.cchc.troly.plan.PlanItems;
import vn.cchc.troly.progress.Explanations;
import vn.cchc.troly.progress.ItemSituation;
import vn.cchc.troly.progress.ItemStatus.Status;

/**
 * A leader's "❓ Yêu cầu giải trình": {@code explain:ask:<mã>} (under /tinhhinh &lt;mã&gt;) asks for a
 * note to go with the request, which {@link ExplanationNoteStep} takes, or {@code explain:send:<mã>}
 * sends it without one; {@code explain:pick} (under the summary) offers the items not met or overdue.
 * The province's people, who belong to no unit, press {@code explain:unit:<đơn vị>:<mã>} and
 * {@code explain:unitsend:<đơn vị>:<mã>} (under /tinhhinh &lt;đơn vị&gt; &lt;mã&gt;): the same, in that unit.
 */
@Component
class ExplanationRequestButton implements CallbackHandler {

	static final String PREFIX = "explain:";
	static final String ASK = PREFIX + "ask:";
	static final String SEND = PREFIX + "send:";
	static final String PICK = PREFIX + "pick";
	static final String UNIT_ASK = PREFIX + "unit:";
	static final String UNIT_SEND = PREFIX + "unitsend:";
	private static final Pattern UNIT_ITEM = Pattern.compile("(\\d{1,18}):(.{1,20})");
	static final String NOTE_TOPIC = "explain-note";
	static final Duration WAIT = Duration.ofMinutes(30);
	private static final int OFFERED = 10;

	private final Explanations explanations;
	private final ExplanationTexts texts;
	private final Conversations conversations;
	private final PlanItems planItems;
	private final ItemSituation situations;
	private final Units units;
	private final UnitScope scope;

	ExplanationRequestButton(Explanations explanations, ExplanationTexts texts, Conversations conversations,
			PlanItems planItems, ItemSituation situations, Units units, UnitScope scope) {
		this.units = units;
		this.scope = scope;
		this.explanations = explanations;
		this.texts = texts;
		this.conversations = conversations;
		this.planItems = planItems;
		this.situations = situations;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Access access() {
		return Access.LEADER_OR_COORDINATOR;
	}

	/** The province's button under one unit's item. */
	static String unitAsk(long unitId, String code) {
		return UNIT_ASK + unitId + ":" + code;
	}

	/** The conversation's data while the province types its question: the unit and the item. */
	static String unitNote(long unitId, String code) {
		return "u" + unitId + ":" + code;
	}

	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var data = request.callbackData();
		if (request.official().isProvince()) {
			return forProvince(request, data);
		}
		if (data.startsWith(UNIT_ASK) || data.startsWith(UNIT_SEND)) {
			// The province's button, forwarded to a unit's leader: their own items are asked about by code.
			return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
		}
		if (data.startsWith(ASK)) {
			var code = data.substring(ASK.length());
			var item = planItems.byCode(code).orElse(null);
			if (item == null) {
				return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
			}
			if (!request.isPrivate()) {
				return Reply.text("chat.explain.inGroup", code);
			}
			conversations.start(request, NOTE_TOPIC, code, WAIT);
			return Reply.text("chat.explain.notePrompt", code, ExplanationTexts.title(item.title()))
				.withButtons(List.of(Button.row(Button.of("chat.explain.button.withoutNote", SEND + code))));
		}
		if (data.startsWith(SEND)) {
			conversations.end(request);
			return texts.asked(explanations.ask(request.official(), data.substring(SEND.length()), null));
		}
		if (data.equals(PICK)) {
			return pick();
		}
		return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
	}

	/** The province's buttons name the unit; the item is read, and the request made, in it. */
	private Reply forProvince(ChatRequest request, String data) {
		var send = data.startsWith(UNIT_SEND);
		var matcher = UNIT_ITEM.matcher(data.substring(send ? UNIT_SEND.length()
				: data.startsWith(UNIT_ASK) ? UNIT_ASK.length() : 0));
		if (!(send || data.startsWith(UNIT_ASK)) || !matcher.matches()) {
			return Reply.alert("chat.access.province.unitOnly");
		}
		var unit = units.byId(new UnitId(Long.parseLong(matcher.group(1)))).orElse(null);
		if (unit == null) {
			return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
		}
		var code = matcher.group(2);
		return scope.within(unit.unitId(), () -> {
			if (send) {
				conversations.end(request);
				return texts.asked(explanations.ask(request.official(), code, null), unit.name());
			}
			var item = planItems.byCode(code).orElse(null);
			if (item == null) {
				return Reply.alert("chat.explain.refused.UNKNOWN_ITEM");
			}
			if (!request.isPrivate()) {
				return Reply.text("chat.explain.inGroup.province", unit.name(), code);
			}
			conversations.start(request, NOTE_TOPIC, unitNote(unit.id(), code), WAIT);
			return Reply.text("chat.explain.notePrompt.province", code, ExplanationTexts.title(item.title()), unit.name())
				.withButtons(List.of(Button.row(Button.of("chat.explain.button.withoutNote",
						UNIT_SEND + unit.id() + ":" + code))));
		});
	}

	/** The items a leader would ask about: not met, or overdue, in plan order. */
	private Reply pick() {
		var buttons = new ArrayList<List<Button>>();
		situations.situations().stream()
			.filter(s -> s.status().status() == Status.NOT_MET || s.status().overdue())
			.limit(OFFERED)
			.forEach(s -> buttons.add(Button.row(Button.of("chat.explain.button.item", ASK + s.item().code(),
					s.item().code(), ExplanationTexts.title(s.item().title())))));
		if (buttons.isEmpty()) {
			return Reply.text("chat.explain.pick.none");
		}
		return Reply.text("chat.explain.pick").withButtons(buttons);
	}
}
