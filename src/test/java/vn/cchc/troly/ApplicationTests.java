package vn.cchc.troly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application wires up on a fresh database with every migration applied. */
@SpringBootTest(properties = { "telegrambots.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:application-tests;DB_CLOSE_DELAY=-1" })
class ApplicationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsWithTheSchemaInPlace() {
		assertThat(jdbc.queryForObject("select count(*) from plan_item", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isZero();
	}
}
