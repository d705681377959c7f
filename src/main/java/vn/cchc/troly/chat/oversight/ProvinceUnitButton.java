package vn.cchc.troly.chat.oversight;

import org.springframework.stereotype.Component;

import vn.cchc.troly.chat.Access;
import vn.cchc.troly.chat.ChatRequest;
import vn.cchc.troly.chat.Reply;
import vn.cchc.troly.chat.internal.CallbackHandler;
import vn.cchc.troly.people.UnitId;
import vn.cchc.troly.people.Units;

/**
 * "prov:unit:&lt;id&gt;", a button of the province's /tinhhinh &lt;đơn vị&gt; when several units
 * match: that unit's plan screen. The id comes from the client, so only the province's people may
 * press it (they see every unit); a unit's own people are refused by the router.
 */
@Component
class ProvinceUnitButton implements CallbackHandler {

	static final String PREFIX = "prov:unit:";

	private final Units units;
	private final ProvinceStatus status;

	ProvinceUnitButton(Units units, ProvinceStatus status) {
		this.units = units;
		this.status = status;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public Access access() {
		return Access.PROVINCE;
	}

	@Override
	public boolean servesProvince() {
		return true;
	}

	@Override
	public Reply handle(ChatRequest request) {
		var id = request.callbackData().substring(PREFIX.length());
		if (!id.matches("[0-9]{1,18}")) {
			return Reply.alert("telegram.callback.expired");
		}
		return units.byId(new UnitId(Long.parseLong(id))).map(unit -> status.unit(unit, request))
			.orElseGet(() -> Reply.alert("telegram.callback.expired"));
	}
}
