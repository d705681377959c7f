package vn.cchc.troly.plan;

/** How a baseline's number relates to last year's real result. */
public enum BaselineBound {
	/** "Đạt 95%": the result was the number. */
	EXACT,
	/** "dưới 60%", "chưa đạt 100%": the result was below the number. */
	BELOW,
	/** "trên 50%": the result was above the number. */
	ABOVE
}
