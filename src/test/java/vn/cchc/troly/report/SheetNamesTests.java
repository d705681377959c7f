package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The province's workbook names a sheet after each unit, the way Excel allows and a reader knows it. */
class SheetNamesTests {

	@Test
	void aUnitIsNamedWithoutTheCommitteesWords() {
		var names = new SheetNames("Tổng quan");
		assertThat(names.next("UBND xã Phổ Châu")).isEqualTo("Phổ Châu");
		assertThat(names.next("Ủy ban nhân dân phường Trương Quang Trọng")).isEqualTo("Trương Quang Trọng");
		assertThat(names.next("Thị trấn Ba Tơ")).isEqualTo("Ba Tơ");
	}

	@Test
	void twoUnitsOfOneNameAreToldApartByTheirKindThenByNumber() {
		var names = new SheetNames("Tổng quan");
		assertThat(names.next("UBND xã Phổ Châu")).isEqualTo("Phổ Châu");
		assertThat(names.next("UBND phường Phổ Châu")).isEqualTo("phường Phổ Châu");
		assertThat(names.next("UBND thị trấn Phổ Châu")).isEqualTo("thị trấn Phổ Châu");
		assertThat(names.next("Phổ Châu")).isEqualTo("Phổ Châu (2)");
		assertThat(names.next("phổ châu")).isEqualTo("phổ châu (3)");
	}

	@Test
	void whatExcelRefusesIsReplacedAndLongNamesAreCut() {
		var names = new SheetNames("Tổng quan");
		assertThat(names.next("UBND xã Tịnh Ấn Tây/Đông [cũ]: số 1?")).isEqualTo("Tịnh Ấn Tây Đông  cũ   số 1");
		var long1 = names.next("UBND xã Một cái tên rất dài hơn ba mươi mốt ký tự");
		assertThat(long1).hasSize(31).isEqualTo("Một cái tên rất dài hơn ba mươi");
		var long2 = names.next("UBND phường Một cái tên rất dài hơn ba mươi mốt ký tự khác");
		assertThat(long2).hasSizeLessThanOrEqualTo(31).isEqualTo("phường Một cái tên rất dài hơn");
		assertThat(names.next("Một cái tên rất dài hơn ba mươi mốt ký tự nữa")).hasSizeLessThanOrEqualTo(31)
			.isEqualTo("Một cái tên rất dài hơn ba (2)");
	}

	@Test
	void noUnitTakesTheOverviewsName() {
		var names = new SheetNames("Tổng quan");
		assertThat(names.next("UBND xã Tổng Quan")).isEqualTo("xã Tổng Quan");
	}
}
