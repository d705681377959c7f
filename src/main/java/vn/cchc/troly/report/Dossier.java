package vn.cchc.troly.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A dossier written to disk, ready to send: one .zip, or numbered parts each a .zip on its own.
 *
 * @param itemCode the one item it holds ("/hoso 2.2"), or null for the whole plan
 * @param items how many items it holds
 * @param files how many files are in it
 * @param notDownloaded pieces of evidence listed in the index but not in the .zip: not downloaded yet
 */
public record Dossier(String planTitle, int year, String itemCode, List<Part> parts, int items, int files,
		int notDownloaded) {

	/** One .zip: "hoso-2025-phan-1-of-3.zip", with the codes of the items whose folders it holds. */
	public record Part(Path file, String fileName, int number, List<String> itemCodes) {
	}
}
