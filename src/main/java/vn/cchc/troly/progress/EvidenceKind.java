package vn.cchc.troly.progress;

/** How a piece of evidence arrived in the chat. */
public enum EvidenceKind {
	PHOTO, DOCUMENT,
	/** A message too long for a note, kept as a .txt (its words in the database, no Telegram file). */
	TEXT
}
