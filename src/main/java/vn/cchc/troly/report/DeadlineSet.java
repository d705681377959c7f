package vn.cchc.troly.report;

import java.time.LocalDate;

import vn.cchc.troly.plan.PlanItem;

/** An item's deadline was set: {@code previous} is the live deadline it had before. */
public record DeadlineSet(PlanItem item, LocalDate previous, LocalDate deadline) {
}
