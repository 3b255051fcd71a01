package gov.maservice.notification.config;

import gov.maservice.contracts.Topics;
import gov.maservice.platform.kafka.OwnedTopics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;

/**
 * The topics this service owns (declared by the platform with
 * {@code platform.kafka.partitions} partitions) and how its listeners read values: as
 * bytes converted to the listener's parameter type, so a malformed record fails
 * conversion (not retried) and the platform parks it on {@code <topic>.dlt} byte for
 * byte. Retries and dead letters are the platform's.
 */
@Configuration(proxyBeanMethods = false)
class NotificationKafkaConfiguration {

	@Bean
	OwnedTopics notificationTopics() {
		return OwnedTopics.of(Topics.NOTICE_EVENTS, Topics.BOARD_EVENTS);
	}

	@Bean
	RecordMessageConverter jsonRecordMessageConverter() {
		return new ByteArrayJacksonJsonMessageConverter();
	}

}
