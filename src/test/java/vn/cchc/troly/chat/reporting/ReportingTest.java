package vn.cchc.troly.chat.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cchc.troly.chat.ChatTest;
import vn.cchc.troly.people.Official;
import vn.cchc.troly.people.Role;
import vn.cchc.troly.sandbox.ChatUser;

/** What the reporting tests share: an official of Văn phòng - Thống kê, and a look at what was stored. */
public abstract class ReportingTest extends ChatTest {

	protected static final String OFFICE = "Văn phòng - Thống kê";

	@Autowired
	protected JdbcTemplate jdbc;

	/** A new official holding Văn phòng - Thống kê (lead of 1.2, 2.2 and 3.1–3.5), on the seed plan. */
	protected Official officeOfficial(ChatUser user) {
		return register(user, OFFICE, Role.OFFICIAL);
	}

	/** The official's reports (figures and notes), oldest first. */
	protected List<Map<String, Object>> reportsBy(Official official) {
		return jdbc.queryForList("""
				select r.id, i.code, r.kind, r.figure_value, r.figure_numerator, r.figure_denominator, r.last_year,
				       r.note, r.done, r.source
				from progress_report r join plan_item i on i.id = r.plan_item_id
				where r.official_id = ? order by r.id
				""", official.id());
	}

	protected List<Map<String, Object>> evidenceBy(Official official) {
		return jdbc.queryForList("""
				select i.code, e.telegram_file_id, e.file_unique_id, e.file_name, e.mime_type, e.kind, e.caption
				from evidence e join plan_item i on i.id = e.plan_item_id
				where e.official_id = ? order by e.id
				""", official.id());
	}
}
