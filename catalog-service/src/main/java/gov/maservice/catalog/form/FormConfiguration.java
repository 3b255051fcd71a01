package gov.maservice.catalog.form;

import gov.maservice.catalog.config.CatalogProperties;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart limits follow {@code catalog.forms.max-size}, so one setting bounds form
 * uploads and the servlet container refuses larger ones before reading them (413 problem
 * detail).
 */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(CatalogProperties properties) {
		DataSize max = properties.forms().maxSize();
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(max);
		factory.setMaxRequestSize(DataSize.ofBytes(max.toBytes() + DataSize.ofKilobytes(64).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
		return factory.createMultipartConfig();
	}

}
