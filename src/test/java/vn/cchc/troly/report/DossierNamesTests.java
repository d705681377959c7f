package vn.cchc.troly.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.troly.plan.Baseline;
import vn.cchc.troly.plan.PlanItem;
import vn.cchc.troly.plan.Target;
import vn.cchc.troly.progress.EvidenceKind;
import vn.cchc.troly.progress.KeptEvidence;

/** Names inside the dossier: readable in Vietnamese, safe for Windows and zip tools, never twice the same. */
class DossierNamesTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	/** 00:30 on 13/03 in the commune: still 12/03 in UTC. */
	private static final Instant RECEIVED = Instant.parse("2024-03-12T17:30:00Z");

	@Test
	void aFolderIsTheItemsCodeAndTitleCutAfterAWholeWord() {
		assertThat(DossierNames.folder(item("2.2",
				"Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận trong năm được giải quyết trước hạn, đúng hạn")))
			.isEqualTo("2.2 Tỷ lệ hồ sơ thủ tục hành chính do UBND xã tiếp nhận…");
		assertThat(DossierNames.folder(item("1.1", "Sáng kiến/giải pháp mới: \"CCHC\"?")))
			.isEqualTo("1.1 Sáng kiến-giải pháp mới CCHC");
	}

	@Test
	void aFileIsNamedByItsDocumentsDateAndNumberElseByTheDayItCameAndItsOwnName() {
		var taken = DossierNames.names();
		assertThat(DossierNames.file(evidence("QD 123.PDF", "123/QĐ-UBND", LocalDate.of(2025, 3, 12)), ZONE, taken))
			.isEqualTo("2025-03-12 123-QĐ-UBND.pdf");
		assertThat(DossierNames.file(evidence("phu-luc.pdf", "123/QĐ-UBND", LocalDate.of(2025, 3, 12)), ZONE, taken))
			.isEqualTo("2025-03-12 123-QĐ-UBND (2).pdf");
		// The day it came is the commune's day, not UTC's.
		assertThat(DossierNames.file(evidence("bien-ban hop.docx", null, null), ZONE, taken))
			.isEqualTo("2024-03-13 bien-ban hop.docx");
		assertThat(DossierNames.file(evidence("bao-cao.pdf", null, LocalDate.of(2024, 2, 1)), ZONE, taken))
			.isEqualTo("2024-02-01 bao-cao.pdf");
		assertThat(DossierNames.file(new KeptEvidence(1, 1, "2.2", EvidenceKind.PHOTO, null, "image/jpeg", "a", 1L, null,
				RECEIVED, "Mai", null, null, null, null), ZONE, taken)).isEqualTo("2024-03-13 anh.jpg");
		assertThat(DossierNames.file(new KeptEvidence(1, 1, "2.2", EvidenceKind.TEXT, "ghi-chu.txt", "text/plain", null,
				1L, "x", RECEIVED, "Mai", null, null, null, null), ZONE, taken)).isEqualTo("2024-03-13 ghi-chu.txt");
		// Names differing only in case are the same file on Windows.
		assertThat(DossierNames.file(evidence("BAO-CAO.pdf", null, LocalDate.of(2024, 2, 1)), ZONE, taken))
			.isEqualTo("2024-02-01 BAO-CAO (2).pdf");
	}

	private static KeptEvidence evidence(String fileName, String number, LocalDate date) {
		return new KeptEvidence(1, 1, "2.2", EvidenceKind.DOCUMENT, fileName, "application/pdf", "a", 1L, null, RECEIVED,
				"Mai", number, date, null, null);
	}

	private static PlanItem item(String code, String title) {
		return new PlanItem(1L, null, code, 1, code.substring(0, 1), title, Baseline.textOnly("x"),
				Target.qualitative("y", false), null, null, null, null, List.of(), null, null);
	}
}
