package vn.cchc.troly.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * Which messages the queue lets go, at 10 a second for the bot (a tenth of it is one slot): answers
 * to people before other messages, and while people are being answered, other messages leave a
 * slot of the bot's second free, so the next answer does not wait for the window. Everything here
 * happens within the same second.
 */
class OutboxQueueTests {

	private final OutboxStore store = mock(OutboxStore.class);
	private final OutboxQueue queue = new OutboxQueue(store, new DeliverySettings(8, Duration.ofSeconds(1),
			Duration.ofMinutes(5), 3, 50, 10, 100, 100, Duration.ZERO));

	@Test
	void whileAnswersGoAWaveLeavesTheNextAnswerASlot() {
		var wave = bulk(1, 20);
		var first = new ArrayList<OutboxStore.Head>();
		first.add(answer(100, 5000));
		first.addAll(wave);
		when(store.pendingHeads(anyInt())).thenReturn(first);

		var taken = queue.take().messages();

		// The answer, then the wave up to one slot short of the bot's ten.
		assertThat(taken).hasSize(9);
		assertThat(taken.get(0).answer()).isTrue();
		taken.forEach(head -> queue.finished(head, null));

		var second = new ArrayList<OutboxStore.Head>();
		second.add(answer(101, 5001));
		second.addAll(wave.subList(8, wave.size()));
		when(store.pendingHeads(anyInt())).thenReturn(second);

		assertThat(queue.take().messages()).extracting(OutboxStore.Head::id).containsExactly(101L);
	}

	@Test
	void withNobodyBeingAnsweredAWaveUsesTheWholeSecond() {
		when(store.pendingHeads(anyInt())).thenReturn(bulk(1, 20));

		assertThat(queue.take().messages()).hasSize(10);
	}

	private static List<OutboxStore.Head> bulk(long first, int count) {
		return LongStream.range(first, first + count).mapToObj(id -> new OutboxStore.Head(id, id, "sendMessage", false))
			.toList();
	}

	private static OutboxStore.Head answer(long id, long chatId) {
		return new OutboxStore.Head(id, chatId, "sendMessage", true);
	}
}
