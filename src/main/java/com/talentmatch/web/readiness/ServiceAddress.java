package com.talentmatch.web.readiness;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Where the service answers: {@code http://localhost:<port><context path>/}, known once
 * the web server has started, and the Swagger UI page under it.
 */
class ServiceAddress implements ApplicationListener<WebServerInitializedEvent> {

	private final Environment environment;

	private volatile int port = -1;

	ServiceAddress(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		port = event.getWebServer().getPort();
	}

	String root() {
		int p = port > 0 ? port : environment.getProperty("server.port", Integer.class, 8080);
		String context = environment.getProperty("server.servlet.context-path", "");
		return "http://localhost:" + p + (context.endsWith("/") ? context : context + "/");
	}

	String swaggerUi() {
		String path = environment.getProperty("springdoc.swagger-ui.path", "/swagger-ui.html");
		return root() + (path.startsWith("/") ? path.substring(1) : path);
	}

}
