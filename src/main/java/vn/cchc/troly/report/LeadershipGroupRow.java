package vn.cchc.troly.report;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.cchc.troly.people.Official;

/** One setting of a unit's leadership group (no unit: the province's group); the latest is in force. */
@Table("leadership_group")
record LeadershipGroupRow(@Id Long id, long chatId, String title,
		@Column("set_by") AggregateReference<Official, Long> setBy, Instant setAt, Long unitId) {

	LeadershipChat chat() {
		return new LeadershipChat(chatId, title, setBy == null ? null : setBy.getId(), setAt);
	}
}
