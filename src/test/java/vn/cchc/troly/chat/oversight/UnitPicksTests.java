package vn.cchc.troly.chat.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.people.Unit;

/** How "/giaitrinh <đơn vị> <mã> [câu hỏi]" is read when a unit's name or the question holds numbers. */
class UnitPicksTests {

	private static final List<Unit> UNITS = List.of(unit(1, "UBND xã Phổ Châu"), unit(2, "UBND phường Phổ Vinh"),
			unit(3, "UBND Phường 1"), unit(4, "UBND Phường 10"));

	@Test
	void theWordsBeforeTheCodeNameTheUnitAndTheRestIsTheQuestion() {
		var pick = UnitPicks.pick("Phổ Châu 2.2 vì sao chưa đạt?\nCần số liệu quý II.", UnitPicksTests::search);
		assertThat(pick.units()).extracting(Unit::name).containsExactly("UBND xã Phổ Châu");
		assertThat(pick.code()).isEqualTo("2.2");
		assertThat(pick.note()).isEqualTo("vì sao chưa đạt?\nCần số liệu quý II.");
	}

	@Test
	void aNumberInTheNameOrTheQuestionIsNotTakenForTheCode() {
		var pick = UnitPicks.pick("phường 1 2.1 đã 3 lần nhắc", UnitPicksTests::search);
		assertThat(pick.units()).extracting(Unit::name).containsExactly("UBND Phường 1");
		assertThat(pick.code()).isEqualTo("2.1");
		assertThat(pick.note()).isEqualTo("đã 3 lần nhắc");
	}

	@Test
	void aLooseNameMayFindSeveralOrNone() {
		assertThat(UnitPicks.pick("Phổ 4", UnitPicksTests::search).units()).hasSize(2);
		var none = UnitPicks.pick("Tịnh Khê 2.2 vì sao", UnitPicksTests::search);
		assertThat(none.units()).isEmpty();
		assertThat(none.typed()).isEqualTo("Tịnh Khê");
		assertThat(UnitPicks.pick("Phổ Châu", UnitPicksTests::search).code()).isNull();
	}

	/** As Units.search: the exact name wins, else every name containing what was typed. */
	private static List<Unit> search(String typed) {
		var key = typed.toLowerCase(Locale.ROOT);
		var exact = UNITS.stream().filter(u -> u.name().toLowerCase(Locale.ROOT).equals("ubnd " + key)).toList();
		return !exact.isEmpty() ? exact : UNITS.stream().filter(u -> u.name().toLowerCase(Locale.ROOT).contains(key)).toList();
	}

	private static Unit unit(long id, String name) {
		return new Unit(id, name, "Asia/Ho_Chi_Minh", null, null, null);
	}
}
