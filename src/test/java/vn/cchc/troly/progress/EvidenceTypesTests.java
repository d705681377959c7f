package vn.cchc.troly.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files can be evidence: documents, pictures, archives and short videos, not programs or pages. */
class EvidenceTypesTests {

	@ParameterizedTest(name = "{1} ({2}): {3}")
	@CsvSource(nullValues = "-", textBlock = """
			DOCUMENT, quyet-dinh.PDF,   application/pdf,              true
			DOCUMENT, bao-cao.docx,     -,                            true
			DOCUMENT, so-lieu.xlsx,     -,                            true
			DOCUMENT, bien-ban.odt,     -,                            true
			DOCUMENT, ho-so.zip,        application/zip,              true
			DOCUMENT, ho-so.rar,        -,                            true
			DOCUMENT, hoi-nghi.mp4,     video/mp4,                    true
			DOCUMENT, scan.tiff,        image/tiff,                   true
			DOCUMENT, ghi-chu.txt,      text/plain,                   true
			DOCUMENT, cai-dat.exe,      application/x-msdownload,     false
			DOCUMENT, trang.html,       text/html,                    false
			DOCUMENT, ghi-am.mp3,       audio/mpeg,                   false
			DOCUMENT, script.js,        application/javascript,       false
			DOCUMENT, bao-cao.pdf.exe,  application/pdf,              false
			DOCUMENT, -,                application/pdf,              true
			DOCUMENT, -,                image/png,                    true
			DOCUMENT, -,                image/svg+xml,                false
			DOCUMENT, -,                application/octet-stream,     false
			PHOTO,    -,                -,                            true
			""")
	void acceptsWhatAReaderCanCheck(EvidenceKind kind, String fileName, String mimeType, boolean accepted) {
		assertThat(EvidenceTypes.accepts(kind, fileName, mimeType)).isEqualTo(accepted);
	}
}
