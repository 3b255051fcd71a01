package gov.maservice.catalog.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header and the bearer scheme the write endpoints refer to.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI catalogOpenApi() {
		return new OpenAPI()
			.info(new Info().title("码上服务 catalog API")
				.version("v1")
				.description("Service items with complete guides (办事指南), editions and publishing, departments, "
						+ "localities, forms, bulk import/export. Errors are RFC 9457 problem details; field errors "
						+ "are listed in `errors` as {field, message}. Writes need a bearer token from the gateway "
						+ "(POST /api/v1/auth/token)."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

}
