package vn.cchc.troly.report;

import java.util.List;

/**
 * A reminder was recorded for an official and is to be sent privately, once. Published in the
 * transaction that recorded it. {@code daysBefore} is set for DEADLINE notices (7, 1), else null;
 * {@code itemCodes} are the items it is about, in plan order. {@link Reminders#details} gives
 * the items with where they stand.
 */
public record ReminderIssued(long reminderId, long officialId, long telegramUserId, ReminderKind kind,
		Integer daysBefore, List<String> itemCodes) {
}
