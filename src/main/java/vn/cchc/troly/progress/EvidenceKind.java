package vn.cchc.troly.progress;

/** How a piece of evidence arrived in the chat. */
public enum EvidenceKind {
	PHOTO, DOCUMENT
}
