package com.talentmatch.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.ranking.RankingService;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.facts.ReadinessBand;

/**
 * The adverse-impact report of a role. With basis {@code ranking}, the stored pool is
 * judged by the active rules exactly as a ranking judges it (no ranking run is recorded:
 * the report publishes no one's result); with basis {@code decisions}, the decision log
 * says who was selected. Only then are the outcomes joined to self-identification, which
 * never reaches the rules.
 */
@Service
public class AdverseImpactService {

	private final RankingService ranking;

	private final RuleService rules;

	private final CandidateService candidates;

	private final SelfIdentificationService selfIdentification;

	private final LatestDecisions decisions;

	private final int defaultMinGroupSize;

	AdverseImpactService(RankingService ranking, RuleService rules, CandidateService candidates,
			SelfIdentificationService selfIdentification, LatestDecisions decisions,
			@Value("${talent-match.fairness.min-group-size:5}") int defaultMinGroupSize) {
		this.ranking = ranking;
		this.rules = rules;
		this.candidates = candidates;
		this.selfIdentification = selfIdentification;
		this.decisions = decisions;
		this.defaultMinGroupSize = defaultMinGroupSize;
	}

	/**
	 * @throws com.talentmatch.catalogue.InvalidDataException for bad parameters
	 * @throws NotFoundException when the rules declare no requirements for the role
	 */
	public ImpactReport report(ImpactRequest request) {
		ImpactRequest.Basis basis = request.checked();
		int minGroupSize = request.minGroupSize() == null ? defaultMinGroupSize : request.minGroupSize();
		Evaluator evaluator = rules.evaluator();
		RoleRequirements role = evaluator.rules()
			.role(request.role())
			.orElseThrow(() -> new NotFoundException("the rules declare no requirements for role '" + request.role()
					+ "'; roles: " + evaluator.rules().roles().keySet()));
		List<ImpactCalculator.Outcome> outcomes;
		String selection;
		String ruleVersion = null;
		if (basis == ImpactRequest.Basis.RANKING) {
			outcomes = ranked(role, evaluator, request);
			ruleVersion = evaluator.rules().version().id();
			selection = "eligible (every must-have met)"
					+ (request.top() == null ? "" : " and ranked in the top " + request.top());
		}
		else {
			outcomes = decisions.of(role.role());
			selection = "latest decision shortlist or promote, among people whose latest decision for the role is "
					+ "shortlist, promote or reject";
		}
		int selected = (int) outcomes.stream().filter(ImpactCalculator.Outcome::selected).count();
		return new ImpactReport(role.role(), role.name(), basis.code(), selection, request.top(), request.type(),
				minGroupSize, ruleVersion, outcomes.size(), selected,
				ImpactCalculator.all(outcomes, selfIdentification.byCandidate(), minGroupSize));
	}

	/** The report as a workbook with English headers: one row per question and group. */
	public byte[] xlsx(ImpactReport report) {
		return xlsx(report, com.talentmatch.table.ExportLanguage.EN);
	}

	/** The report as a workbook with headers in {@code lang}. */
	public byte[] xlsx(ImpactReport report, com.talentmatch.table.ExportLanguage lang) {
		return ImpactTables.xlsx(report, lang);
	}

	/**
	 * Everyone of the pool in ranking order (eligible first, then fit score, readiness
	 * band, id), selected when eligible and within the top N.
	 */
	private List<ImpactCalculator.Outcome> ranked(RoleRequirements role, Evaluator evaluator, ImpactRequest request) {
		List<Candidate> pool = candidates.all()
			.stream()
			.filter(c -> request.type() == null || request.type().equals(c.type()))
			.toList();
		Map<String, Integer> bandOrder = new HashMap<>();
		for (ReadinessBand b : evaluator.rules().bands()) {
			bandOrder.put(b.getCode(), b.getOrder());
		}
		List<RankingService.Judged> order = ranking.judge(pool, role, evaluator, null)
			.stream()
			.sorted(Comparator.comparing((RankingService.Judged j) -> !j.evaluation().eligible())
				.thenComparing(j -> -j.evaluation().score())
				.thenComparing(j -> bandOrder.getOrDefault(j.evaluation().band(), Integer.MAX_VALUE))
				.thenComparing(j -> j.candidate().id()))
			.toList();
		List<ImpactCalculator.Outcome> out = new ArrayList<>(order.size());
		for (int i = 0; i < order.size(); i++) {
			boolean withinTop = request.top() == null || i < request.top();
			out.add(new ImpactCalculator.Outcome(order.get(i).candidate().id(),
					order.get(i).evaluation().eligible() && withinTop));
		}
		return out;
	}

}
