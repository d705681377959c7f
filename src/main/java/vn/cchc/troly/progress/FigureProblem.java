package vn.cchc.troly.progress;

/** Why a typed figure was not taken. Each has a text: {@code progress.figure.<NAME>}. */
public enum FigureProblem {
	/** Nothing was typed. */
	EMPTY,
	/** Not a number: "abc", "1e309", "NaN", "Infinity", "1.234,5". */
	NOT_A_NUMBER,
	/** Digits from another script ("٣"): only 0–9 are read. */
	NON_ASCII_DIGITS,
	/** A minus sign: figures are never negative ("-3", "-0"). */
	NEGATIVE,
	/** More than 100 for a percentage ("150%"). */
	OVER_100_PERCENT,
	/** A fraction whose total is 0 or smaller than its part ("5/0", "60/50"). */
	BAD_FRACTION,
	/** A percent sign or a fraction for an item that counts rather than measures a share. */
	PERCENT_NOT_EXPECTED,
	/** A fraction of a unit for an item that counts ("2,5 sáng kiến"): counts are whole numbers. */
	NOT_WHOLE,
	/** A number followed by a unit that is not what the item counts ("15 người" for businesses, "15 hồ sơ" for a share). */
	UNIT_MISMATCH,
	/** Longer than any real figure (over 20 characters or a billion and more). */
	TOO_LONG
}
