package vn.cchc.troly.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.troly.progress.Situation;

/**
 * A recorded reminder with its items as they stand now, for the private message and its
 * "report now" buttons.
 *
 * @param daysBefore for DEADLINE, the notice's day count (7, 1), else null
 * @param deadline for DEADLINE and OVERDUE, the deadline it is about, else null
 * @param items the items it lists, in plan order (an item no longer in the current plan is left out)
 */
public record ReminderDetails(long reminderId, long officialId, ReminderKind kind, Integer daysBefore,
		LocalDate deadline, Instant issuedAt, List<Situation> items) {
}
