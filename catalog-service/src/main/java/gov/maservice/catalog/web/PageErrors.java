package gov.maservice.catalog.web;

import java.util.Map;

import gov.maservice.platform.problem.ClientErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A citizen who hits a failure sees a calm Chinese page with the hotline, never a stack
 * trace or the API's problem JSON. Applies to the page controller only; the API keeps its
 * problem details.
 */
@ControllerAdvice(assignableTypes = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger logger = LoggerFactory.getLogger(PageErrors.class);

	private static final String FALLBACK = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>暂时无法访问</title></head>"
			+ "<body><h1>页面暂时无法显示</h1><p>系统繁忙，请稍后刷新重试。</p></body></html>";

	private final PageRenderer renderer;

	private final PageProperties properties;

	PageErrors(PageRenderer renderer, PageProperties properties) {
		this.renderer = renderer;
		this.properties = properties;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> failed(Exception ex, HttpServletRequest request) {
		HttpStatus status = clientError(ex);
		if (status != null) {
			logger.debug("Page {} asked with bad input: {}", request.getRequestURI(), ex.toString());
		}
		else {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
			logger.error("Page {} failed", request.getRequestURI(), ex);
		}
		PageLinks links = new PageLinks("1".equals(request.getParameter("large")));
		RenderedPage page;
		try {
			page = this.renderer.render("page-error", links, links.large() ? "/" : "/?large=1", Map.of(), null, null);
		}
		catch (RuntimeException renderingFailed) {
			logger.error("The error page could not be rendered either", renderingFailed);
			page = RenderedPage.of(FALLBACK, null, null);
		}
		return PageResponses.send(request, page, status, this.properties.maxAge());
	}

	/**
	 * The 4xx status of a failure caused by the request (bad parameter, undecodable
	 * query), else null.
	 */
	private static HttpStatus clientError(Exception ex) {
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return HttpStatus.resolve(response.getStatusCode().value());
		}
		if (ex instanceof TypeMismatchException) {
			return HttpStatus.BAD_REQUEST;
		}
		return ClientErrors.statusOf(ex).orElse(null);
	}

}
