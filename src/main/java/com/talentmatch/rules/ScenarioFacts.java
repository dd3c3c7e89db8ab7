package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.GradeScale;
import com.talentmatch.catalogue.ScaleLevel;
import com.talentmatch.rules.facts.Requirement;

/**
 * A scenario's candidate checked like a candidate import before it is evaluated: every
 * competency known (a {@code model/competency} of the catalogue, or a name the role's
 * requirements resolve), every level in that competency's scale, every source and grade
 * known. Each problem is a failure at its line.
 */
final class ScenarioFacts {

	private ScenarioFacts() {
	}

	static CandidateProfile profile(ScenarioReader.Spec s, RoleRequirements role, Catalogue catalogue,
			List<Scenarios.Failure> failures) {
		List<CandidateProfile.LevelObservation> levels = new ArrayList<>();
		for (ScenarioReader.LevelSpec l : s.levels()) {
			String field = "candidate.levels." + l.competency();
			Optional<Competency> c = competency(l.competency(), role, catalogue);
			if (c.isEmpty()) {
				failures.add(new Scenarios.Failure(l.line(), field, null, null,
						"unknown competency '" + l.competency() + "' for role " + role.role()
								+ ": write <model>/<competency> or a competency the role requires "
								+ levelTargets(role)));
				continue;
			}
			List<String> codes = c.get().scale().stream().map(ScaleLevel::code).toList();
			if (!codes.contains(l.level())) {
				failures.add(new Scenarios.Failure(l.line(), field, null, null,
						"level '" + l.level() + "' of " + l.competency() + " is not in its scale " + codes));
			}
			if (l.source() != null && !RuleSetBuilder.SOURCES.contains(l.source())) {
				failures.add(new Scenarios.Failure(l.line(), field + ".source", null, null,
						"unknown source '" + l.source() + "'; allowed: " + RuleSetBuilder.SOURCES));
			}
			levels.add(new CandidateProfile.LevelObservation(l.competency(), l.level(), l.source(), l.confidence(),
					l.sentences()));
		}
		for (ScenarioReader.GradeSpec g : s.grades()) {
			if (catalogue.sortedGradeScales().stream().noneMatch(scale -> known(scale, g.grade()))) {
				failures
					.add(new Scenarios.Failure(g.line(), "candidate.grades", null, null, "unknown grade '" + g.grade()
							+ "'; grade scales: " + catalogue.gradeScales().keySet().stream().sorted().toList()));
			}
		}
		ScenarioReader.Person p = s.person();
		return new CandidateProfile(p.id() == null ? s.name() : p.id(), levels,
				s.grades().stream().map(ScenarioReader.GradeSpec::grade).toList(), s.experience(), s.performance(),
				s.potential(), p.internal(), p.department(), p.currentRole());
	}

	/** The competency a level key names for this role, as the evaluator matches it. */
	private static Optional<Competency> competency(String key, RoleRequirements role, Catalogue catalogue) {
		if (key.contains("/")) {
			return catalogue.competency(key);
		}
		for (ResolvedRequirement r : role.requirements()) {
			if (r.kind() != Requirement.Kind.LEVEL) {
				continue;
			}
			Optional<Competency> c = catalogue.competency(r.target());
			if (key.equals(r.written()) || key.equals(r.targetName()) || c.map(x -> x.id().equals(key)).orElse(false)) {
				return c;
			}
		}
		return Optional.empty();
	}

	private static List<String> levelTargets(RoleRequirements role) {
		return role.requirements()
			.stream()
			.filter(r -> r.kind() == Requirement.Kind.LEVEL)
			.map(ResolvedRequirement::target)
			.distinct()
			.toList();
	}

	private static boolean known(GradeScale s, String g) {
		String code = g.startsWith(s.id() + "/") ? g.substring(s.id().length() + 1) : g;
		return s.grade(code).or(() -> s.recognise(code)).isPresent();
	}

}
