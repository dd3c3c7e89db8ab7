package com.talentmatch.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.ResolvedRequirement;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.Scenarios;
import com.talentmatch.rules.facts.Adjustment;

/**
 * What proposed rule files would change on the live pool, before they are activated: the
 * stored people ranked for a role under the active and the proposed rules, and for each
 * person whose place, band, eligibility or score changes, the rank, band and eligibility
 * before and after and the rules that made the difference (file:line).
 */
@Service
public class RulePreview {

	private final RuleService rules;

	private final CandidateService candidates;

	private final RankingService ranking;

	private final CatalogueService catalogue;

	public RulePreview(RuleService rules, CandidateService candidates, RankingService ranking,
			CatalogueService catalogue) {
		this.rules = rules;
		this.candidates = candidates;
		this.ranking = ranking;
		this.catalogue = catalogue;
	}

	/**
	 * The preview of one role.
	 *
	 * @param role role key
	 * @param roleName role name
	 * @param activeVersion rules now active
	 * @param proposedVersion the proposed rules' version
	 * @param failedScenarios scenarios the proposed rules fail (they could not be
	 * activated)
	 * @param total people in the pool
	 * @param moves how many moved: up, down, in (became eligible), out (no longer
	 * eligible), band (band changed), same
	 * @param changes every person whose result changed, by rank after
	 */
	public record Preview(String role, String roleName, String activeVersion, String proposedVersion,
			List<Scenarios.Result> failedScenarios, int total, Map<String, Integer> moves, List<Change> changes) {
	}

	/**
	 * One person whose result changes.
	 *
	 * @param candidateId person
	 * @param name name
	 * @param move {@code in}, {@code out}, {@code up}, {@code down} or {@code same} (rank
	 * unchanged, band or score changed)
	 * @param rankBefore rank under the active rules
	 * @param rankAfter rank under the proposed rules
	 * @param eligibleBefore eligible before
	 * @param eligibleAfter eligible after
	 * @param bandBefore band before
	 * @param bandAfter band after
	 * @param scoreBefore score before
	 * @param scoreAfter score after
	 * @param why what made the difference, each naming the rule and its file:line
	 */
	public record Change(String candidateId, String name, String move, int rankBefore, int rankAfter,
			boolean eligibleBefore, boolean eligibleAfter, String bandBefore, String bandAfter, double scoreBefore,
			double scoreAfter, List<String> why) {
	}

	/**
	 * Previews {@code files} (path relative to the rules directory → proposed text; empty
	 * deletes) on the stored pool for {@code role}.
	 * @throws InvalidDataException when the proposed files do not build (file:line)
	 */
	public Preview preview(String role, Map<String, String> files) {
		if (role == null || role.isBlank()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "role", "role is required")));
		}
		RuleService.Candidate proposed = rules.propose(files, "preview");
		return compare(role, rules.evaluator(), new Evaluator(proposed.set(), catalogue.current()), proposed.failed(),
				candidates.all());
	}

	/** Compares two rule sets on {@code pool} for one role. */
	public Preview compare(String role, Evaluator active, Evaluator proposed, List<Scenarios.Result> failed,
			List<Candidate> pool) {
		RoleRequirements before = active.rules()
			.role(role)
			.orElseThrow(() -> new NotFoundException("the active rules declare no requirements for role '" + role
					+ "'; roles: " + active.rules().roles().keySet()));
		RoleRequirements after = proposed.rules()
			.role(role)
			.orElseThrow(
					() -> new NotFoundException("the proposed rules declare no requirements for role '" + role + "'"));
		List<RankingService.Judged> a = RankingService.sort(ranking.judge(pool, before, active, null), active,
				before.role());
		List<RankingService.Judged> b = RankingService.sort(ranking.judge(pool, after, proposed, null), proposed,
				after.role());
		Map<String, Integer> rankBefore = new HashMap<>();
		Map<String, Evaluation> evalBefore = new HashMap<>();
		for (int i = 0; i < a.size(); i++) {
			rankBefore.put(a.get(i).candidate().id(), i + 1);
			evalBefore.put(a.get(i).candidate().id(), a.get(i).evaluation());
		}
		Map<String, Integer> moves = new LinkedHashMap<>();
		for (String m : List.of("up", "down", "in", "out", "band", "same")) {
			moves.put(m, 0);
		}
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < b.size(); i++) {
			Candidate c = b.get(i).candidate();
			Evaluation x = evalBefore.get(c.id());
			Evaluation y = b.get(i).evaluation();
			int r0 = rankBefore.get(c.id());
			int r1 = i + 1;
			boolean changed = x.eligible() != y.eligible() || !x.band().equals(y.band()) || x.score() != y.score()
					|| r0 != r1;
			if (!changed) {
				moves.merge("same", 1, Integer::sum);
				continue;
			}
			String move = !x.eligible() && y.eligible() ? "in"
					: x.eligible() && !y.eligible() ? "out" : r1 < r0 ? "up" : r1 > r0 ? "down" : "same";
			moves.merge(move, 1, Integer::sum);
			if (!x.band().equals(y.band())) {
				moves.merge("band", 1, Integer::sum);
			}
			List<String> why = why(x, y);
			if (why.isEmpty()) {
				why = List
					.of("nothing changed for this person: others moved " + (r1 > r0 ? "above" : "below") + " them");
			}
			changes.add(new Change(c.id(), c.name(), move, r0, r1, x.eligible(), y.eligible(), x.band(), y.band(),
					x.score(), y.score(), why));
		}
		return new Preview(after.role(), after.name(), active.rules().version().id(), proposed.rules().version().id(),
				failed, b.size(), moves, changes);
	}

	/** What differs between two results of one person, naming rules and their places. */
	static List<String> why(Evaluation before, Evaluation after) {
		List<String> out = new ArrayList<>();
		Map<String, Outcome> old = new LinkedHashMap<>();
		before.outcomes().forEach(o -> old.put(key(o.requirement()), o));
		for (Outcome o : after.outcomes()) {
			ResolvedRequirement r = o.requirement();
			Outcome p = old.remove(key(r));
			if (p == null) {
				out.add("new requirement " + r.reasonEn() + " (rule \"" + r.rule() + "\", " + at(r) + "): "
						+ (o.satisfied() ? "met" : "not met"));
				continue;
			}
			ResolvedRequirement q = p.requirement();
			if (!q.minimum().equals(r.minimum()) || q.mustHave() != r.mustHave() || q.weight() != r.weight()) {
				out.add(q.reasonEn() + " → " + r.reasonEn() + " (rule \"" + r.rule() + "\", " + at(r) + ")");
			}
			else if (p.satisfied() != o.satisfied()) {
				out.add(r.reasonEn() + ": " + (p.satisfied() ? "met" : "not met") + " → "
						+ (o.satisfied() ? "met" : "not met") + " (rule \"" + r.rule() + "\", " + at(r) + ")");
			}
		}
		for (Outcome p : old.values()) {
			ResolvedRequirement q = p.requirement();
			out.add("requirement removed: " + q.reasonEn() + " (was rule \"" + q.rule() + "\", " + at(q) + ")");
		}
		List<String> was = before.adjustments().stream().map(RulePreview::describe).toList();
		List<String> now = after.adjustments().stream().map(RulePreview::describe).toList();
		now.stream().filter(s -> !was.contains(s)).forEach(s -> out.add("now: " + s));
		was.stream().filter(s -> !now.contains(s)).forEach(s -> out.add("no longer: " + s));
		if (out.isEmpty() && !before.band().equals(after.band())) {
			out.add("band " + before.band() + " → " + after.band() + " by the band limits (rule \"" + after.bandRule()
					+ "\")");
		}
		return out;
	}

	private static String key(ResolvedRequirement r) {
		return r.target() + "\u0000" + r.group() + "\u0000" + r.option();
	}

	private static String at(ResolvedRequirement r) {
		return r.file() + ":" + r.line();
	}

	private static String describe(Adjustment a) {
		return a.action() + (a.target() == null ? "" : " " + a.target())
				+ (a.value() == null || Objects.equals(a.action(), "waive") ? "" : " " + a.value()) + " — " + a.reason()
				+ " (rule \"" + a.rule() + "\", " + a.file() + ":" + a.line() + ")";
	}

}
