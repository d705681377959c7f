package vn.cchc.troly.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Reminders are only ever inserted; the unique once_key turns a second one away. */
interface ReminderRepository extends Repository<Reminder, Long> {

	Reminder save(Reminder reminder);

	Optional<Reminder> findById(long id);

	/** The officials reminded already in the given week for not reporting. */
	@Query("select r.official_id from reminder r where r.kind = 'PERIOD' and r.period_key = :weekKey")
	List<Long> remindedForPeriod(String weekKey);

	/** Every deadline or overdue notice, item by item: who was told what about which deadline. */
	@Query("""
			select r.official_id, r.kind, r.period_key, i.plan_item_id
			from reminder r join reminder_item i on i.reminder_id = r.id
			where r.kind <> 'PERIOD'
			""")
	List<Noticed> noticed();

	record Noticed(long officialId, String kind, String periodKey, long planItemId) {
	}
}
