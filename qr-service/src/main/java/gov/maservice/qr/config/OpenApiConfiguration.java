package gov.maservice.qr.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}, merged by the gateway into one Swagger
 * UI. Declares the bearer scheme the admin endpoints reference.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** Name of the security scheme referenced by protected operations. */
	static final String BEARER = "bearer-jwt";

	@Bean
	OpenAPI qrOpenApi() {
		return new OpenAPI()
			.info(new Info().title("码上服务 QR service")
				.version("v1")
				.description("Stable short links with scan counts, QR images (PNG/SVG) and printable posters."))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

}
