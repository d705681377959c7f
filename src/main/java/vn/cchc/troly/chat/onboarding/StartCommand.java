package vn.cchc.troly.chat.onboarding;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Phrase;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.ChatCommand;
import vn.cchc.troly.chat.internal.PlainTexts;
import vn.cchc.troly.chat.reporting.MyItemsView;
import vn.cchc.troly.people.PeopleManagement;
import vn.cchc.troly.people.RedeemOutcome;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.people.UnitScope;
import vn.cchc.troly.progress.Refused;

/**
 * /start &lt;code&gt; (what an invite link sends; /batdau too): redeems the invite, greets the
 * official by name and position, says what the bot does and shows their items. Without a code a
 * registered official is welcomed back; a stranger learns how to get an invite. After too many wrong
 * codes in a while ({@link StartLimitSettings}) the user is told to try later and nothing is looked up.
 */
@Component
@Order(10)
class StartCommand implements ChatCommand {

	private final PeopleManagement people;
	private final MyItemsView items;
	private final PlainTexts texts;
	private final StartAttempts attempts;
	private final UnitScope scope;

	StartCommand(PeopleManagement people, MyItemsView items, PlainTexts texts, StartAttempts attempts,
			UnitScope scope) {
		this.scope = scope;
		this.people = people;
		this.items = items;
		this.texts = texts;
		this.attempts = attempts;
	}

	@Override
	public String name() {
		return "batdau";
	}

	@Override
	public String alias() {
		return "start";
	}

	@Override
	public String descriptionKey() {
		return "chat.onboarding.command";
	}

	@Override
	public boolean inMenu() {
		return false;
	}

	/** Strangers may use it: it is how they register. */
	@Override
	public Access access() {
		return Access.ANYONE;
	}

	@Override
	public Reply handle(ChatRequest request) {
		if (request.argument().isEmpty()) {
			var official = request.caller();
			if (official == null) {
				return Reply.text("chat.access.unregistered");
			}
			var back = Reply.text("chat.onboarding.back", official.displayName());
			return official.isProvince() ? back.and(Reply.text("chat.onboarding.province"))
					: back.and(items.of(official, request.locale()));
		}
		// Too many wrong codes lately: this one is not even looked up.
		if (attempts.exhausted(request.userId())) {
			return Reply.text("chat.start.tooManyAttempts", attempts.waitMinutes());
		}
		var outcome = people.redeem(request.argument(), request.userId().value(), request.firstName(),
				request.username());
		if (outcome instanceof RedeemOutcome.Refused refused) {
			attempts.failed(request.userId());
			return Reply.text("people.redeem.refused." + refused.reason().name());
		}
		attempts.succeeded(request.userId());
		var registered = (RedeemOutcome.Registered) outcome;
		var welcome = Reply.text("chat.onboarding.welcome", greeting(registered, request));
		// A stranger had no unit when the update came in: their items are read in the unit just joined.
		return registered.official().unit()
			.map(unit -> scope.within(unit, () -> welcome.and(items.of(registered.official(), request.locale()))))
			.orElseGet(() -> welcome.and(Reply.text("chat.onboarding.province")));
	}

	private Phrase greeting(RedeemOutcome.Registered registered, ChatRequest request) {
		var key = "chat.onboarding." + (registered.firstTime() ? "registered" : "added");
		var name = registered.official().displayName();
		var position = registered.position().name();
		if (registered.role() == Role.OFFICIAL) {
			return Phrase.of(key, name, position);
		}
		var role = texts.plain("people.role." + registered.role().name(), List.of(), request.locale());
		return Phrase.of(key + ".withRole", name, position, role);
	}
}
