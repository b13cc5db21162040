package vn.ocophub.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI ocopOpenApi() {
		return new OpenAPI()
			.info(new Info().title("OCOP Hub API")
				.version("v1")
				.description("REST API of OCOP Hub. Errors are RFC 9457 ProblemDetail with a stable `code`; "
						+ "lists are {items, page, size, total}. Authenticate with HTTP Basic."))
			.components(new Components().addSecuritySchemes("basicAuth",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

}
