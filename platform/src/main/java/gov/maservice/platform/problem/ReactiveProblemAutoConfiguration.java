package gov.maservice.platform.problem;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The problem-details contract for WebFlux services and the gateway: one controller
 * advice, one last-resort error handler, one writer for filters and security, a filter
 * for malformed request lines and a Netty handler for what fails before WebFlux sees the
 * request. Registered before Boot's WebFlux configuration so Boot's own problem-details
 * advice and error handler step back.
 */
@AutoConfiguration(before = { WebFluxAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class ReactiveProblemAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveProblemWriter reactiveProblemWriter(JsonMapper json) {
		return new ReactiveProblemWriter(json);
	}

	@Bean
	@ConditionalOnMissingBean(org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler.class)
	ReactiveProblemAdvice reactiveProblemAdvice() {
		return new ReactiveProblemAdvice();
	}

	@Bean
	ReactiveProblemErrorHandler reactiveProblemErrorHandler(ReactiveProblemWriter writer) {
		return new ReactiveProblemErrorHandler(writer);
	}

	@Bean
	MalformedRequestFilter malformedRequestFilter(ReactiveProblemWriter writer) {
		return new MalformedRequestFilter(writer);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpServer.class, NettyServerCustomizer.class })
	static class NettyConfiguration {

		@Bean
		NettyServerCustomizer malformedRequestLineCustomizer(JsonMapper json) {
			return (server) -> server.doOnChannelInit((observer, channel, address) -> {
				if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
					channel.pipeline()
						.addAfter(NettyPipeline.HttpCodec, "maservice.malformedRequestLine",
								new MalformedRequestLineHandler(json));
				}
			});
		}

	}

}
