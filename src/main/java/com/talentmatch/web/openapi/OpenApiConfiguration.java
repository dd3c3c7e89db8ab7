package com.talentmatch.web.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.RuleService;
import com.talentmatch.security.Role;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;

/**
 * The OpenAPI document's central parts: stable operation ids, collision-free schema
 * names, and the {@link ApiContract} customizer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	ModelResolver schemaNames() {
		return new ModelResolver(Json.mapper(), new SchemaNames());
	}

	@Bean
	OperationCustomizer operationIds() {
		return (operation, handler) -> operation.operationId(operationId(handler));
	}

	@Bean
	ApiContract apiContract(ObjectProvider<RuleService> rules) {
		Map<String, Supplier<List<String>>> enums = Map.of("roles",
				() -> Arrays.stream(Role.values()).map(Role::code).toList(), "bands", () -> bands(rules.getObject()));
		Map<String, Supplier<Object>> values = Map.of("ruleVersion",
				() -> rules.getObject().evaluator().rules().version().id());
		return new ApiContract(enums, values);
	}

	/** The bands the rules declare, and {@code not-ready} when none applies. */
	static List<String> bands(RuleService rules) {
		List<String> codes = new java.util.ArrayList<>(
				rules.evaluator().rules().bands().stream().map(b -> b.getCode()).toList());
		if (!codes.contains(Evaluation.NOT_READY)) {
			codes.add(Evaluation.NOT_READY);
		}
		return codes;
	}

	/**
	 * {@code <feature><Method>}: the controller's name less {@code Controller}, then the
	 * method ({@code CandidateController.get} is {@code candidateGet}): the same for
	 * every build, unlike springdoc's numbered duplicates ({@code get_2}).
	 */
	static String operationId(HandlerMethod handler) {
		String type = handler.getBeanType().getSimpleName().replaceAll("Controller$", "");
		String method = handler.getMethod().getName();
		return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
				+ method.substring(1);
	}

}
