package gov.maservice.platform.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

import gov.maservice.platform.requestid.RequestIds;

/**
 * Puts the request id of a received record into the log context while its listener runs,
 * and removes it afterwards so the next record's logs never show a stale id.
 */
class RequestIdRecordInterceptor implements RecordInterceptor<Object, Object> {

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		String requestId = KafkaRequestIds.from(record.headers());
		if (requestId != null) {
			MDC.put(RequestIds.MDC_KEY, requestId);
		}
		else {
			MDC.remove(RequestIds.MDC_KEY);
		}
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(RequestIds.MDC_KEY);
	}

	@Override
	public void clearThreadState(Consumer<?, ?> consumer) {
		MDC.remove(RequestIds.MDC_KEY);
	}

}
