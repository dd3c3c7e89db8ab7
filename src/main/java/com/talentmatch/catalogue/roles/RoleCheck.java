package com.talentmatch.catalogue.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.RoleProfile;

/**
 * Checks one role profile of a model: its id, a name, and every competency it references
 * (an id of the model itself, or {@code <model>/<competency>} of the catalogue). Used by
 * the framework import (one role per row) and by the API.
 *
 * <pre>{@code
 * RoleProfile stored = RoleCheck.check(role, model, catalogue, RoleCheck.Fields.TABLE, problems::add);
 * }</pre>
 */
public final class RoleCheck {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private RoleCheck() {
	}

	/** Where a problem goes: the field (column) it concerns and what is wrong. */
	@FunctionalInterface
	public interface Sink {

		void problem(String field, String message);

	}

	/**
	 * The names of the fields in the input, for problems.
	 *
	 * @param id the role id
	 * @param name the names
	 * @param competencies the competency references
	 */
	public record Fields(String id, String name, String competencies) {

		/** The columns of an import's roles table. */
		public static final Fields TABLE = new Fields("role_id", "role_name_en", "competencies");

		/** The fields of the API's JSON. */
		public static final Fields JSON = new Fields("id", "name", "competencies");

	}

	/**
	 * Checks {@code role} as a role of {@code model} and returns it with every competency
	 * as {@code model/competency}.
	 * @param model the model the role belongs to (its competencies are the local ids)
	 * @param catalogue the other models, for {@code <model>/<competency>} references and
	 * role ids taken elsewhere ({@code model}'s own stored version is ignored)
	 */
	public static RoleProfile check(RoleProfile role, CompetencyModel model, Catalogue catalogue, Fields fields,
			Sink sink) {
		if (role.id() == null || !ID.matcher(role.id()).matches()) {
			sink.problem(fields.id(), "role id '" + role.id() + "' is required: lower-case letters, digits and '-'");
		}
		else {
			owner(role.id(), catalogue).filter(m -> !m.equals(model.id()))
				.ifPresent(m -> sink.problem(fields.id(),
						"role id '" + role.id() + "' is already a role of model '" + m + "'; role ids are unique"));
		}
		if (role.name() == null || role.name().any() == null) {
			sink.problem(fields.name(), "the role needs a name in English or Chinese");
		}
		if (role.competencies().isEmpty()) {
			sink.problem(fields.competencies(), "the role needs at least one competency");
		}
		List<String> keys = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String ref : role.competencies()) {
			String key = ref.contains("/") ? ref : model.id() + "/" + ref;
			String problem = unknown(key, model, catalogue);
			if (problem != null) {
				sink.problem(fields.competencies(), problem);
			}
			else if (!seen.add(key)) {
				sink.problem(fields.competencies(), "competency '" + ref + "' is listed twice");
			}
			keys.add(key);
		}
		return new RoleProfile(role.id(), role.name(), role.family(), keys, role.qualifications(), role.notes());
	}

	/** The model that defines a role id, if any. */
	public static Optional<String> owner(String roleId, Catalogue catalogue) {
		return catalogue.sortedModels()
			.stream()
			.filter(m -> m.roles().stream().anyMatch(r -> r.id().equals(roleId)))
			.map(CompetencyModel::id)
			.findFirst();
	}

	private static String unknown(String key, CompetencyModel model, Catalogue catalogue) {
		int slash = key.indexOf('/');
		String owner = key.substring(0, slash);
		String local = key.substring(slash + 1);
		if (owner.equals(model.id())) {
			return model.competency(local).isPresent() ? null : "model '" + model.id() + "' has no competency '" + local
					+ "' (write <model>/<competency> for another model's)";
		}
		if (catalogue.model(owner).isEmpty()) {
			return "unknown model '" + owner + "' in competency '" + key + "'";
		}
		return catalogue.competency(key).isPresent() ? null : "model '" + owner + "' has no competency '" + local + "'";
	}

}
