package gov.maservice.platform.kafka;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Copies the request id of the sending thread into every record a producer sends, so a
 * consumer's log lines can be joined with the request that caused the event. Registered
 * by the platform on the auto-configured producer factory; Kafka instantiates it by class
 * name, hence public. Records that already carry the header (an outbox relay's) keep
 * theirs.
 */
public class RequestIdProducerInterceptor implements ProducerInterceptor<Object, Object> {

	@Override
	public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
		KafkaRequestIds.addTo(record.headers(), KafkaRequestIds.currentOrNull());
		return record;
	}

	@Override
	public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
	}

	@Override
	public void close() {
	}

	@Override
	public void configure(Map<String, ?> configs) {
	}

}
