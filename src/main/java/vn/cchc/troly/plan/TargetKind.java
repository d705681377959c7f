package vn.cchc.troly.plan;

/** What kind of figure, if any, tells whether an item's target is met. */
public enum TargetKind {
	/** A share in percent: "trên 98%", "100% hồ sơ". */
	PERCENT,
	/** A count: "từ 01 sáng kiến trở lên". */
	COUNT,
	/** More than the previous year's figure: "tăng cao hơn so với năm trước liền kề". */
	INCREASE,
	/** A duty judged done / in progress / not started. */
	QUALITATIVE
}
