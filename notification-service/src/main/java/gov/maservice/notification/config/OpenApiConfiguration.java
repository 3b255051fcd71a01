package gov.maservice.notification.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: two bearer schemes, the gateway-issued
 * JWT for people and the board credential for LED boards.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String ADMIN_JWT = "adminJwt";

	static final String BOARD_CREDENTIAL = "boardCredential";

	@Bean
	OpenAPI notificationOpenApi() {
		return new OpenAPI().info(new Info().title("码上服务 notification-service").version("v1").description("""
				Notices (aligned with CAP 1.2), the LED board registry, live push to boards over \
				Server-Sent Events, delivery receipts and a CAP 1.2 XML feed. Board streams send \
				`event: notice` with a JSON `data:` line; see the stream operation for the format."""))
			.components(new Components().addSecuritySchemes(ADMIN_JWT, new SecurityScheme()
				.type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description(
						"RS256 token from the gateway's POST /api/v1/auth/token; roles ADMIN or PUBLISHER for writes"))
				.addSecuritySchemes(BOARD_CREDENTIAL, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description(
							"The board credential shown once at registration; browsers' EventSource may pass it as ?access_token=")));
	}

}
