package vn.cchc.troly.report;

import java.util.List;

/**
 * What a reminder run did: the reminders it recorded (each also published as
 * {@link ReminderIssued}) and the leads it passed over, with why.
 */
public record ReminderRun(List<Sent> sent, List<Skipped> skipped) {

	public record Sent(long reminderId, long officialId, String name, ReminderKind kind, Integer daysBefore,
			List<String> itemCodes) {
	}

	/** A lead with unreported items who got no PERIOD reminder now. */
	public record Skipped(long officialId, String name, Reason reason, List<String> itemCodes) {
	}

	public enum Reason {
		/** They paused reminders (/tamdung) until a time still to come. */
		MUTED,
		/** They were reminded already this week; each reminder is sent once. */
		ALREADY_REMINDED
	}
}
