package vn.cchc.troly.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.troly.progress.KeptEvidence;
import vn.cchc.troly.progress.Situation;

/**
 * How a dossier is cut into parts no larger than a document Telegram takes: the files of each item's
 * folder, their sizes as a .zip will hold them, and the folders bundled in plan order.
 */
final class DossierParts {

	private DossierParts() {
	}

	/** A file in the .zip: its folder and name, where its bytes come from, and how many. */
	record Entry(KeptEvidence evidence, String name, long size) {

		boolean inZip() {
			return name != null;
		}
	}

	record ItemFolder(Situation situation, String folder, List<Entry> entries) {

		long size() {
			return entries.stream().filter(Entry::inZip).mapToLong(e -> estimate(e.name(), e.size())).sum()
					+ estimate(folder + "/", 0);
		}
	}

	/** Items (or an item's files, when it alone is too large) in one .zip. */
	record Bundle(List<ItemFolder> folders) {
	}


	/**
	 * Items in plan order, a new part when the next item would not fit; an item larger than a part
	 * alone is cut between its files (a single file larger than a part gets a part of its own).
	 */
	static List<Bundle> bundles(List<ItemFolder> folders, long budget) {
		var bundles = new ArrayList<Bundle>();
		var current = new ArrayList<ItemFolder>();
		long used = 0;
		for (var folder : folders) {
			var size = folder.size();
			if (size <= budget) {
				if (used > 0 && used + size > budget) {
					bundles.add(new Bundle(current));
					current = new ArrayList<>();
					used = 0;
				}
				current.add(folder);
				used += size;
				continue;
			}
			// Too large for any part: it starts a part, and its files spread over as few parts as they fill.
			if (used > 0) {
				bundles.add(new Bundle(current));
				current = new ArrayList<>();
			}
			var empty = estimate(folder.folder() + "/", 0);
			var piece = new ArrayList<Entry>(folder.entries().stream().filter(e -> !e.inZip()).toList());
			long pieceSize = empty;
			for (var entry : folder.entries().stream().filter(Entry::inZip).toList()) {
				var entrySize = estimate(entry.name(), entry.size());
				if (pieceSize + entrySize > budget && pieceSize > empty) {
					current.add(new ItemFolder(folder.situation(), folder.folder(), piece));
					bundles.add(new Bundle(current));
					current = new ArrayList<>();
					piece = new ArrayList<>();
					pieceSize = empty;
				}
				piece.add(entry);
				pieceSize += entrySize;
			}
			current.add(new ItemFolder(folder.situation(), folder.folder(), piece));
			used = pieceSize;
		}
		if (!current.isEmpty() || bundles.isEmpty()) {
			bundles.add(new Bundle(current));
		}
		return bundles;
	}

	/**
	 * An upper bound of what an entry adds to a .zip: its bytes (deflate can grow what does not
	 * compress by a few bytes per 16 KB block), two headers with its name, and a data descriptor.
	 */
	static long estimate(String name, long size) {
		return size + size / 1000 + 128 + 2L * (46 + name.getBytes(StandardCharsets.UTF_8).length);
	}
}
