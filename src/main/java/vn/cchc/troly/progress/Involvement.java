package vn.cchc.troly.progress;

/** How an official stands to an item: they lead it (Tham mưu) or support it (Phối hợp). */
public enum Involvement {
	LEAD, SUPPORT
}
