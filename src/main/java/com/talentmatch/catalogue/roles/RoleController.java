package com.talentmatch.catalogue.roles;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.catalogue.RoleProfile;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/models/{id}/roles")
class RoleController {

	private final ImportedRoles roles;

	private final CatalogueService catalogue;

	RoleController(ImportedRoles roles, CatalogueService catalogue) {
		this.roles = roles;
		this.catalogue = catalogue;
	}

	@Operation(summary = "Add a role profile to an imported model",
			description = "Body: id, name {zh, en}, family, competencies (ids of the model or <model>/<competency>), "
					+ "qualifications, notes. 201 with its location; 409 when the role id exists in any model or the "
					+ "model comes from data/; 400 naming each wrong field; 404 for an unknown model.")
	@PostMapping
	ResponseEntity<RoleProfile> create(@PathVariable String id, @RequestBody JsonNode body, Principal principal) {
		ImportedRoles.Saved saved = roles.create(id, RoleJson.read(body), principal.getName());
		return ResponseEntity.created(location(id, saved.role())).body(saved.role());
	}

	@Operation(summary = "Create or replace a role profile of an imported model (201 created, 200 replaced)")
	@PutMapping("/{roleId}")
	ResponseEntity<RoleProfile> put(@PathVariable String id, @PathVariable String roleId, @RequestBody JsonNode body,
			Principal principal) {
		RoleProfile role = RoleJson.read(body);
		if (role.id() != null && !role.id().equals(roleId)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"id '" + role.id() + "' in the body differs from '" + roleId + "' in the path");
		}
		ImportedRoles.Saved saved = roles.put(id, new RoleProfile(roleId, role.name(), role.family(),
				role.competencies(), role.qualifications(), role.notes()), principal.getName());
		return saved.created() ? ResponseEntity.created(location(id, saved.role())).body(saved.role())
				: ResponseEntity.ok(saved.role());
	}

	@Operation(summary = "One role profile of a model")
	@GetMapping("/{roleId}")
	RoleProfile get(@PathVariable String id, @PathVariable String roleId) {
		var model = catalogue.current().requireModel(id);
		return model.roles()
			.stream()
			.filter(r -> r.id().equals(roleId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("model '" + id + "' has no role '" + roleId + "'"));
	}

	@Operation(summary = "Delete a role profile of an imported model")
	@DeleteMapping("/{roleId}")
	ResponseEntity<Void> delete(@PathVariable String id, @PathVariable String roleId, Principal principal) {
		roles.delete(id, roleId, principal.getName());
		return ResponseEntity.noContent().build();
	}

	private static URI location(String modelId, RoleProfile role) {
		return URI.create("/api/models/" + modelId + "/roles/" + role.id());
	}

}
