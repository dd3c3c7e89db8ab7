package com.talentmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The access table in docs/security.md is the one the service enforces. */
class EndpointAccessTest {

	static final List<String> COLUMNS = List.of("viewer", "recruiter", "talent-reviewer", "rule-editor", "admin");

	@Test
	void theDocumentedTableIsTheEnforcedTable() throws IOException {
		List<String> documented = Files.readAllLines(Path.of("docs/security.md"))
			.stream()
			.filter(l -> l.matches("\\| (GET|POST|PUT|DELETE) \\| `/api/.*"))
			.toList();
		List<String> enforced = new ArrayList<>();
		for (EndpointAccess.Rule rule : EndpointAccess.RULES_TABLE) {
			StringBuilder row = new StringBuilder("| " + rule.method().name() + " | `" + rule.pattern() + "` |");
			for (String column : COLUMNS) {
				boolean may = rule.roles().contains(Role.fromCode(column).orElseThrow());
				row.append(may ? (rule.export() ? " ✓ + export |" : " ✓ |") : "  |");
			}
			enforced.add(row.toString());
		}
		assertThat(documented).containsExactlyElementsOf(enforced);
	}

	@Test
	void everyRoleCodeIsAColumnAndExportIsNeverGrantedByRoleAlone() {
		assertThat(List.of(Role.values()).stream().map(Role::code)).containsExactlyInAnyOrderElementsOf(COLUMNS);
		assertThat(EndpointAccess.RULES_TABLE.stream().filter(EndpointAccess.Rule::export)).extracting(r -> r.pattern())
			.containsExactly("/api/candidates/export", "/api/rankings/export");
	}

}
