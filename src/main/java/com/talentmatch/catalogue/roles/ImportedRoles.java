package com.talentmatch.catalogue.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ModelConflictException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.catalogue.RoleProfile;

/**
 * Creates, replaces and deletes the role profiles of imported models. Each change is
 * checked whole ({@link RoleCheck}), stored in one transaction with its model, audited,
 * and seen by the rules as a catalogue change. Thread-safe.
 */
@Service
public class ImportedRoles {

	private final CatalogueService catalogue;

	private final AuditLog audit;

	public ImportedRoles(CatalogueService catalogue, AuditLog audit) {
		this.catalogue = catalogue;
		this.audit = audit;
	}

	/**
	 * A stored role.
	 *
	 * @param role the role as stored (competencies as {@code model/competency})
	 * @param created whether it is new (else it replaced one)
	 */
	public record Saved(RoleProfile role, boolean created) {
	}

	/**
	 * Adds a new role to an imported model.
	 * @throws ModelConflictException when the role id exists in any model
	 * @throws InvalidDataException naming each wrong field
	 */
	public Saved create(String modelId, RoleProfile role, String user) {
		return save(modelId, role, false, user);
	}

	/** Creates the role, or replaces the model's role of that id. */
	public Saved put(String modelId, RoleProfile role, String user) {
		return save(modelId, role, true, user);
	}

	private Saved save(String modelId, RoleProfile role, boolean replace, String user) {
		AtomicReference<Saved> saved = new AtomicReference<>();
		catalogue.updateImported(modelId, all -> {
			CompetencyModel model = all.requireModel(modelId);
			String owner = role.id() == null ? null : RoleCheck.owner(role.id(), all).orElse(null);
			if (owner != null && (!replace || !owner.equals(modelId))) {
				throw new ModelConflictException("role '" + role.id() + "' already exists in model '" + owner + "'"
						+ (owner.equals(modelId)
								? "; PUT /api/models/" + modelId + "/roles/" + role.id() + " replaces it"
								: "; role ids are unique across the catalogue"));
			}
			RoleProfile checked = checked(role, model, all);
			saved.set(new Saved(checked, owner == null));
			List<RoleProfile> roles = new ArrayList<>(model.roles());
			int at = roles.indexOf(roles.stream().filter(r -> r.id().equals(role.id())).findFirst().orElse(null));
			if (at < 0) {
				roles.add(checked);
			}
			else {
				roles.set(at, checked);
			}
			return model.withRoles(roles);
		});
		audit.record(user, saved.get().created() ? "role-create" : "role-replace", "role/" + role.id(),
				Map.of("what", "role", "model", modelId, "role", role.id()));
		return saved.get();
	}

	/** Removes a role of an imported model. */
	public void delete(String modelId, String roleId, String user) {
		catalogue.updateImported(modelId, all -> {
			CompetencyModel model = all.requireModel(modelId);
			List<RoleProfile> roles = new ArrayList<>(model.roles());
			if (!roles.removeIf(r -> r.id().equals(roleId))) {
				throw new NotFoundException("model '" + modelId + "' has no role '" + roleId + "'; it has "
						+ model.roles().stream().map(RoleProfile::id).toList());
			}
			return model.withRoles(roles);
		});
		audit.record(user, "role-delete", "role/" + roleId, Map.of("what", "role", "model", modelId, "role", roleId));
	}

	private static RoleProfile checked(RoleProfile role, CompetencyModel model, Catalogue all) {
		List<DataProblem> problems = new ArrayList<>();
		RoleProfile checked = RoleCheck.check(role, model, all, RoleCheck.Fields.JSON,
				(field, message) -> problems.add(new DataProblem("request", 0, field, message)));
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return checked;
	}

}
