package vn.cchc.troly.progress;

/**
 * What an official may report on one item (README, "Using it in Telegram"). The item's lead and the
 * coordinator record figures, notes and evidence; a coordinating official sends notes and evidence,
 * and a figure from them is a proposal the lead confirms; a leader oversees and does not report.
 */
public enum Standing {
	/** Holds the item's lead position (Tham mưu): their figures decide its status. */
	LEAD,
	/** The plan's coordinator (role COORDINATOR): records figures on any item; the lead is told. */
	COORDINATOR,
	/** Holds a position under Phối hợp, "Cán bộ, công chức xã" included: notes, evidence, proposed figures. */
	SUPPORT,
	/** A leader (role LEADER) without the item's lead position: oversees, does not report. */
	LEADER,
	/** Nothing to do with the item (or not an active official). */
	NONE;

	/** Notes, evidence and figures (proposed ones included) are taken. */
	public boolean reports() {
		return this == LEAD || this == COORDINATOR || this == SUPPORT;
	}

	/** A figure counts at once; otherwise it is a proposal. */
	public boolean recordsFigures() {
		return this == LEAD || this == COORDINATOR;
	}
}
