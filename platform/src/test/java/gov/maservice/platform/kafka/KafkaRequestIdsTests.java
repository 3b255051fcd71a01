package gov.maservice.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import gov.maservice.platform.requestid.RequestIds;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaRequestIdsTests {

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void producerInterceptorCopiesTheLogContextsRequestIdIntoTheHeader() {
		MDC.put(RequestIds.MDC_KEY, "req-42");
		ProducerRecord<Object, Object> record = new ProducerRecord<>("t", "k", "v");
		new RequestIdProducerInterceptor().onSend(record);
		assertThat(new String(record.headers().lastHeader("x-request-id").value(), StandardCharsets.UTF_8))
			.isEqualTo("req-42");
	}

	@Test
	void aRecordThatCarriesARequestIdKeepsIt() {
		MDC.put(RequestIds.MDC_KEY, "relay-thread-id");
		ProducerRecord<Object, Object> record = new ProducerRecord<>("t", "k", "v");
		KafkaRequestIds.addTo(record.headers(), "recorded-with-the-event");
		new RequestIdProducerInterceptor().onSend(record);
		assertThat(KafkaRequestIds.from(record.headers())).isEqualTo("recorded-with-the-event");
		assertThat(record.headers().headers("x-request-id")).hasSize(1);
	}

	@Test
	void noRequestNoHeaderAndMalformedIdsAreDropped() {
		ProducerRecord<Object, Object> record = new ProducerRecord<>("t", "k", "v");
		new RequestIdProducerInterceptor().onSend(record);
		assertThat(record.headers().lastHeader("x-request-id")).isNull();
		KafkaRequestIds.addTo(record.headers(), "bad\nid");
		assertThat(record.headers().lastHeader("x-request-id")).isNull();
		RecordHeaders headers = new RecordHeaders();
		headers.add("x-request-id", "line\r\nbreak".getBytes(StandardCharsets.UTF_8));
		assertThat(KafkaRequestIds.from(headers)).isNull();
	}

	@Test
	void recordInterceptorPutsTheHeaderIntoTheLogContextAndClearsItAfter() {
		RequestIdRecordInterceptor interceptor = new RequestIdRecordInterceptor();
		ConsumerRecord<Object, Object> record = new ConsumerRecord<>("t", 0, 0, "k", "v");
		record.headers().add("x-request-id", "req-7".getBytes(StandardCharsets.UTF_8));
		MDC.put(RequestIds.MDC_KEY, "stale");
		interceptor.intercept(record, null);
		assertThat(MDC.get(RequestIds.MDC_KEY)).isEqualTo("req-7");
		interceptor.afterRecord(record, null);
		assertThat(MDC.get(RequestIds.MDC_KEY)).isNull();
		MDC.put(RequestIds.MDC_KEY, "stale");
		interceptor.intercept(new ConsumerRecord<>("t", 0, 1, "k", "v"), null);
		assertThat(MDC.get(RequestIds.MDC_KEY)).isNull();
	}

}
