package vn.cchc.troly.report;

import java.awt.Color;

import vn.cchc.troly.progress.ItemStatus.Status;

/** The one place a status gets its colour: 🟢 green, 🟡 amber, 🔴 red, ⚪ grey, on the chart and its legend. */
final class StatusColours {

	static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
	static final Color AMBER = new Color(0xF9, 0xA8, 0x25);
	static final Color RED = new Color(0xC6, 0x28, 0x28);
	static final Color GREY = new Color(0x9E, 0x9E, 0x9E);

	private StatusColours() {
	}

	static Color of(Status status) {
		return switch (status) {
			case MET -> GREEN;
			case NEAR -> AMBER;
			case NOT_MET -> RED;
			case NO_DATA -> GREY;
		};
	}
}
