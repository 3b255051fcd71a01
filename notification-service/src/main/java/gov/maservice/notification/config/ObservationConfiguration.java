package gov.maservice.notification.config;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;

/**
 * Keeps observations off the long-lived board streams. An observation lives as long as
 * its request, and a stream lives for days: with 10,000 boards the per-request
 * observation state of the web and security filters would cost more heap than the stream
 * itself and its timer would say nothing useful. The number of open streams is the gauge
 * {@code notification.boards.connected}.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	@Bean
	ObservationPredicate noObservationsForBoardStreams() {
		return (name, context) -> {
			if (name.startsWith("spring.security.")) {
				return false;
			}
			if (context instanceof ServerRequestObservationContext request) {
				return !request.getCarrier().getPath().value().endsWith("/stream");
			}
			return true;
		};
	}

}
