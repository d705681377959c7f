package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How officials name a document in a caption, read into number, date, issuer and page. */
class DocumentFactsParserTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			QĐ 123/QĐ-UBND ngày 12/3/2025, trang 2                          | 123/QĐ-UBND     | 2025-03-12 | UBND          | trang 2
			123/QĐ-UBND                                                      | 123/QĐ-UBND     | -          | UBND          | -
			số 45/BC-UBND                                                    | 45/BC-UBND      | -          | UBND          | -
			Quyết định số 12/2025/QĐ-UBND ngày 05/01/2025 của UBND tỉnh      | 12/2025/QĐ-UBND | 2025-01-05 | UBND tỉnh     | -
			Báo cáo số 45/BC-UBND ngày 12 tháng 3 năm 2025                   | 45/BC-UBND      | 2025-03-12 | UBND          | -
			Kế hoạch 01/KH-UBND 12-3-2025 do UBND xã ban hành, mục II        | 01/KH-UBND      | 2025-03-12 | UBND xã       | mục II
			Nghị quyết 05/NQ-HĐND ngày 1.2.2025 tr. 2-3                       | 05/NQ-HĐND      | 2025-02-01 | HĐND          | trang 2-3
			biên bản họp của UBND xã Phổ Châu ngày 12/03/2025                | -               | 2025-03-12 | UBND xã Phổ Châu | -
			số 123 ngày 12/3/2025 trang 4                                    | 123             | 2025-03-12 | -             | trang 4
			QĐ 88/QĐ-CT, phụ lục 1                                           | 88/QĐ-CT        | -          | Chủ tịch UBND | phụ lục 1
			Thông báo 7/TB-ĐU ngày 30/11/2024, phụ lục 2 trang 5             | 7/TB-ĐU         | 2024-11-30 | Đảng ủy       | phụ lục 2, trang 5
			công văn 256/UBND-VP ngày 2/4/2025                               | 256/UBND-VP     | 2025-04-02 | UBND          | -
			ảnh hội nghị tiếp xúc cử tri                                     | -               | -          | -             | -
			Quyết định 12/2025/QĐ-UBND do Chủ tịch UBND tỉnh Quảng Ngãi ban hành | 12/2025/QĐ-UBND | -       | Chủ tịch UBND tỉnh Quảng Ngãi | -
			QĐ số 123/QĐ-UBND, ngày 12/3/2025, của UBND xã, tr.2             | 123/QĐ-UBND     | 2025-03-12 | UBND xã       | trang 2
			số: 09/KH-UBND ngày 09 tháng 01 năm 2025 mục 2                   | 09/KH-UBND      | 2025-01-09 | UBND          | mục 2
			tờ trình 3/TTr-UBND; ngày 31/2/2025; trang 10                     | 3/TTr-UBND      | -          | UBND          | trang 10
			Trang 3 báo cáo 15/BC-UBND                                       | 15/BC-UBND      | -          | UBND          | trang 3
			""")
	void readsTheFormsOfficesWrite(String text, String number, LocalDate date, String issuer, String page) {
		assertThat(DocumentFactsParser.parse(text)).isEqualTo(new DocumentFacts(number, date, issuer, page));
	}

	@Test
	void aBlankOrMissingTextNamesNothing() {
		assertThat(DocumentFactsParser.parse(null).empty()).isTrue();
		assertThat(DocumentFactsParser.parse("   ").empty()).isTrue();
	}

	@Test
	void decomposedUnicodeReadsTheSame() {
		var decomposed = java.text.Normalizer.normalize("Quyết định số 12/QĐ-UBND ngày 12 tháng 3 năm 2025",
				java.text.Normalizer.Form.NFD);
		assertThat(DocumentFactsParser.parse(decomposed))
			.isEqualTo(new DocumentFacts("12/QĐ-UBND", LocalDate.of(2025, 3, 12), "UBND", null));
	}

	@Test
	void aCorrectionNamingOnlyThePageKeepsTheRest() {
		var earlier = new DocumentFacts("123/QĐ-UBND", LocalDate.of(2025, 3, 12), "UBND xã", "trang 2");
		assertThat(DocumentFactsParser.parse("trang 5").over(earlier))
			.isEqualTo(new DocumentFacts("123/QĐ-UBND", LocalDate.of(2025, 3, 12), "UBND xã", "trang 5"));
	}
}
