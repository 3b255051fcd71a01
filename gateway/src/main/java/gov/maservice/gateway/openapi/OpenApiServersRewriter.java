package gov.maservice.gateway.openapi;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.cloud.gateway.filter.factory.rewrite.RewriteFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Rewrites the {@code servers} of a service's proxied OpenAPI document to the gateway
 * itself ({@code /}), so "Try it out" in the one Swagger UI goes through the gateway
 * (same origin, same auth and limits) instead of to the service's internal address.
 */
@Component
public class OpenApiServersRewriter implements RewriteFunction<String, String> {

	private final JsonMapper jsonMapper;

	OpenApiServersRewriter(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public Publisher<String> apply(ServerWebExchange exchange, String body) {
		if (body == null || body.isBlank()) {
			return Mono.empty();
		}
		try {
			JsonNode document = this.jsonMapper.readTree(body);
			if (document instanceof ObjectNode object) {
				object.putArray("servers").addObject().put("url", "/").put("description", "码上服务 gateway");
				return Mono.just(this.jsonMapper.writeValueAsString(object));
			}
			return Mono.just(body);
		}
		catch (JacksonException ex) {
			return Mono.just(body);
		}
	}

}
