package com.talentmatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.evidence.EvidenceService;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.ranking.RulePreview;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.RuleFiles;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.RuleSets;
import com.talentmatch.rules.Scenarios;
import com.talentmatch.table.TableFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Ranks the stored pool (or a candidate file) for a role under the active rules and under
 * a proposed rules directory, and prints who moves up, down, in and out, and why.
 */
@Command(name = "preview-rules", description = {
		"Show what a proposed rules directory would change on the pool for a role (nothing is activated)",
		"Evidence is matched lexically (Lucene BM25); the command does not load the semantic (embedding) models" })
final class PreviewRulesCommand implements Callable<Integer> {

	@Option(names = "--role", required = true, description = "role id or name")
	String role;

	@Option(names = "--proposed", required = true, paramLabel = "DIR",
			description = "the proposed rules directory (a copy of rules/ with your edits)")
	Path proposed;

	@Option(names = "--candidates", paramLabel = "FILE",
			description = "a candidate file (.csv or .xlsx) instead of the stored pool")
	Path candidates;

	@Option(names = "--limit", defaultValue = "50", description = "people to list (default: ${DEFAULT-VALUE})")
	int limit;

	@Mixin
	StoreOptions store = new StoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try (ConfigurableApplicationContext ctx = SpringContexts.start(store.dataDir, store.storeDir,
				CliBeans.Scope.RANKING)) {
			SpringContexts.prepare(ctx, EvidenceService.class);
			Catalogue catalogue = ctx.getBean(CatalogueService.class).current();
			RuleSet next = RuleSets.build(RuleFiles.read(proposed), catalogue, "preview");
			List<Scenarios.Result> failed = Scenarios.run(next, catalogue).stream().filter(r -> !r.passed()).toList();
			List<Candidate> pool = ctx.getBean(CandidateService.class).all();
			if (candidates != null) {
				byte[] bytes = InputFiles.read(candidates, err);
				TableFormat format = TableFormat.detect(candidates.getFileName().toString(), null);
				if (bytes == null || format == null) {
					err.println("--candidates must be a readable .csv or .xlsx file");
					return 3;
				}
				pool = ctx.getBean(CandidateService.class)
					.readPool(bytes, candidates.getFileName().toString(), format)
					.candidates();
			}
			RulePreview.Preview p = ctx.getBean(RulePreview.class)
				.compare(role, ctx.getBean(RuleService.class).evaluator(), new Evaluator(next, catalogue), failed,
						pool);
			out.printf("%s (%s): %d people, rules %s -> %s; moves %s%n", p.roleName(), p.role(), p.total(),
					p.activeVersion(), p.proposedVersion(), p.moves());
			p.failedScenarios()
				.forEach(f -> out.printf("FAIL %s: %s %s (the proposed rules could not be activated)%n", f.file(),
						f.name(), f.failures()));
			for (RulePreview.Change c : p.changes().stream().limit(limit).toList()) {
				out.printf("%-5s %s %s: rank %d -> %d, %s -> %s, eligible %s -> %s, score %.1f -> %.1f%n", c.move(),
						c.candidateId(), c.name(), c.rankBefore(), c.rankAfter(), c.bandBefore(), c.bandAfter(),
						c.eligibleBefore(), c.eligibleAfter(), c.scoreBefore(), c.scoreAfter());
				c.why().forEach(w -> out.println("      " + w));
			}
			return 0;
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "the proposed rules were not accepted");
			return 1;
		}
		catch (NotFoundException e) {
			err.println(e.getMessage());
			return 2;
		}
	}

}
