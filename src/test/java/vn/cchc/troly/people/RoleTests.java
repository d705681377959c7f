package vn.cchc.troly.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTests {

	@Test
	void chatWordsNameRolesAndNoWordMeansOfficial() {
		assertThat(Role.fromChatWord("lanhdao")).contains(Role.LEADER);
		assertThat(Role.fromChatWord("Leader")).contains(Role.LEADER);
		assertThat(Role.fromChatWord("dieuphoi")).contains(Role.COORDINATOR);
		assertThat(Role.fromChatWord("coordinator")).contains(Role.COORDINATOR);
		assertThat(Role.fromChatWord(null)).contains(Role.OFFICIAL);
		assertThat(Role.fromChatWord(" ")).contains(Role.OFFICIAL);
		assertThat(Role.fromChatWord("tinh")).contains(Role.PROVINCE);
		assertThat(Role.fromChatWord("Province")).contains(Role.PROVINCE);
		assertThat(Role.fromChatWord("vua")).isEmpty();
	}

	@Test
	void theCommandLineTakesTheEnglishWords() {
		assertThat(Role.fromCommandLine("coordinator")).contains(Role.COORDINATOR);
		assertThat(Role.fromCommandLine("leader")).contains(Role.LEADER);
		assertThat(Role.fromCommandLine("official")).contains(Role.OFFICIAL);
		assertThat(Role.fromCommandLine("boss")).isEmpty();
	}
}
