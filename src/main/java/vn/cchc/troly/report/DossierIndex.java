package vn.cchc.troly.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dossier's index workbook, written row by row to a file (POI's streaming workbook keeps 100
 * rows in memory, whatever the number of items and files): the items with their baseline, target,
 * result and status, then every piece of evidence with the name it has in the .zip. Styled as the
 * export is and laid out by the same code ({@link ExportWorkbook#fill}), to print on A4 landscape.
 */
final class DossierIndex {

	private DossierIndex() {
	}

	static void write(List<ExportWorkbook.SheetData> sheets, Path file) {
		var workbook = new SXSSFWorkbook(100);
		try (var out = Files.newOutputStream(file)) {
			var styles = new WorkbookStyles(workbook);
			for (var data : sheets) {
				ExportWorkbook.fill(workbook.createSheet(data.name()), data, styles);
			}
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// Nothing left to release: the temporary rows were disposed of above.
			}
		}
	}
}
