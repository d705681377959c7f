package vn.cchc.troly.chat.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Chats;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.report.LeadershipGroup;

/**
 * Applies a handler's declared {@link Access} and {@link Chats} before the router calls it, to the
 * caller the router resolved. A stranger gets one polite message on how to get an invite (in a
 * group only when they addressed a command to the bot); a registered official gets a refusal
 * naming who may, or where to ask; nothing is stored and no data is shown either way.
 */
@Component
class AccessRule {

	private final LeadershipGroup leadership;

	AccessRule(LeadershipGroup leadership) {
		this.leadership = leadership;
	}

	/** Empty when the request (its caller resolved) may go to its handler; else what to answer instead. */
	Optional<Reply> refusal(ChatRequest request, Access access, Chats chats) {
		return refusal(request, access, chats, false);
	}

	/**
	 * As {@link #refusal(ChatRequest, Access, Chats)}, for a handler that says whether the province's
	 * people may use it: they may use those (whatever role the handler asks of a unit's people) and
	 * no other, since they hold no items and belong to no unit.
	 */
	Optional<Reply> refusal(ChatRequest request, Access access, Chats chats, boolean servesProvince) {
		if (access != Access.ANYONE) {
			if (request.caller() == null) {
				return Optional.of(say(request, "chat.access.unregistered"));
			}
			if (request.caller().isProvince()) {
				if (!servesProvince) {
					return Optional.of(say(request, "chat.access.province.unitOnly"));
				}
			}
			else if (!access.admits(request.caller())) {
				return Optional.of(say(request, "chat.access.only." + access.name()));
			}
		}
		// A button press is judged by its handler's access alone: its message was sent where it belongs.
		// Another unit's group (or the province's) belongs to that unit: its buttons are not this caller's.
		if (request.isPress()) {
			return !request.isPrivate() && request.caller() != null
					&& leadership.belongsElsewhere(request.chatId().value(), request.caller().unit())
							? Optional.of(say(request, "chat.group.otherUnit.button")) : Optional.empty();
		}
		return wrongChat(request, chats).map(key -> say(request, key));
	}

	/** The hint for a command sent where it does not answer, if it was. */
	private Optional<String> wrongChat(ChatRequest request, Chats chats) {
		if (request.isPrivate()) {
			return chats == Chats.GROUPS ? Optional.of("chat.group.only") : Optional.empty();
		}
		// The province's people belong to no unit's group: their leadership group is the province's.
		var province = request.caller() != null && request.caller().isProvince();
		return switch (chats) {
			case PRIVATE -> Optional.of("chat.access.privateOnly");
			case PRIVATE_AND_LEADERSHIP_GROUP -> (province ? leadership.isProvinceGroup(request.chatId().value())
					: leadership.isLeadershipGroup(request.chatId().value())) ? Optional.empty()
							: Optional.of("chat.group.notLeadership");
			case GROUPS, ANY -> Optional.empty();
		};
	}

	private static Reply say(ChatRequest request, String key) {
		if (request.isPress()) {
			return Reply.alert(key);
		}
		// In a group only a command is clearly meant for the bot; other chatter gets no answer.
		return request.isPrivate() || request.command() != null ? Reply.text(key) : Reply.none();
	}
}
