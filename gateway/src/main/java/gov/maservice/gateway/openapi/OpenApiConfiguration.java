package gov.maservice.gateway.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own API description (auth, users, API keys). Swagger UI at
 * {@code /swagger-ui.html} lists it beside each service's description, which the gateway
 * proxies at {@code /v3/api-docs/{service}} (see {@code springdoc.swagger-ui.urls}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI()
			.info(new Info().title("码上服务 gateway")
				.version("v1")
				.description("Admin tokens, admin users and API keys. Every other path is routed to catalog-, qr- or "
						+ "notification-service: pick them in the selector above. Admin and write calls need "
						+ "`Authorization: Bearer <token>` from POST /api/v1/auth/token; third-party clients may send "
						+ "`X-API-Key` to read with their own rate limit."))
			.components(new Components()
				.addSecuritySchemes("bearer-jwt",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
				.addSecuritySchemes("api-key",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-API-Key")));
	}

}
