package vn.cchc.troly.chat.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import vn.cchc.troly.people.Unit;

/**
 * Reads "&lt;đơn vị&gt; &lt;mã&gt; [câu hỏi]" as the province types it: "Phổ Châu 2.2 vì sao?", "phường 1 4".
 * A unit's name may hold words that look like a code ("Phường 1"), and a question may too, so each
 * code-like word is tried as the code, the last first, with the words before it as the unit's name;
 * the first name that finds a unit wins.
 *
 * @param typed the unit's name as typed (the words before the code)
 * @param units the units it finds: none, one, or several to choose between
 * @param code the item's code, or null when no word looks like one
 * @param note what follows the code, or null
 */
record UnitPicks(String typed, List<Unit> units, String code, String note) {

	private static final Pattern WORD = Pattern.compile("\\S+");
	private static final Pattern CODE = Pattern.compile("\\d{1,3}(\\.\\d{1,3})*\\.?");

	static UnitPicks pick(String argument, Function<String, List<Unit>> search) {
		var text = argument.strip();
		var words = new ArrayList<MatchResult>();
		WORD.matcher(text).results().forEach(words::add);
		UnitPicks first = null;
		for (int i = words.size() - 1; i >= 1; i--) {
			var word = words.get(i);
			if (!CODE.matcher(word.group()).matches()) {
				continue;
			}
			var name = text.substring(0, word.start()).strip();
			// The question as typed, line breaks and all.
			var note = text.substring(word.end()).strip();
			var found = new UnitPicks(name, search.apply(name), word.group(), note.isEmpty() ? null : note);
			if (!found.units().isEmpty()) {
				return found;
			}
			first = found;
		}
		return first != null ? first : new UnitPicks(text, List.of(), null, null);
	}
}
