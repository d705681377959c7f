package vn.cchc.troly.plan;

import java.math.BigDecimal;

/**
 * How a figure is held against a target value. LE and LT serve measures where lower is better
 * (late dossiers, complaints: "không quá", "giảm … xuống").
 */
public enum Comparator {
	GT(">"), GE("≥"), EQ("="), LE("≤"), LT("<");

	private final String symbol;

	Comparator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public boolean lowerIsBetter() {
		return this == LE || this == LT;
	}

	public boolean holds(BigDecimal figure, BigDecimal target) {
		int c = figure.compareTo(target);
		return switch (this) {
			case GT -> c > 0;
			case GE -> c >= 0;
			case EQ -> c == 0;
			case LE -> c <= 0;
			case LT -> c < 0;
		};
	}
}
