package com.talentmatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.evidence.EvidenceService;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.ranking.Ranking;
import com.talentmatch.ranking.RankingService;
import com.talentmatch.table.TableFormat;

/**
 * Ranks the people of a candidate file for a role and writes the ranking as XLSX or CSV,
 * with a progress bar.
 */
@Command(name = "rank", description = { "Rank the candidates of a .csv/.xlsx file (candidate layout) for a role",
		"Evidence text in the file is matched lexically (Lucene BM25): unlike the service, the command does not "
				+ "load the semantic (embedding) models" })
final class RankCommand implements Callable<Integer> {

	@Option(names = "--role", required = true, description = "role id or name")
	String role;

	@Option(names = "--candidates", required = true, paramLabel = "FILE",
			description = "candidate file (.csv or .xlsx)")
	Path candidates;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "ranking to write (.xlsx or .csv)")
	Path out;

	@Option(names = "--user", description = "who ranks, for the audit log")
	String user;

	@Mixin
	StoreOptions store = new StoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		TableFormat in = TableFormat.detect(candidates.getFileName().toString(), null);
		TableFormat outFormat = TableFormat.detect(out.getFileName().toString(), null);
		if (in == null || outFormat == null) {
			err.println("--candidates and --out must be .csv or .xlsx files");
			return 3;
		}
		byte[] bytes = InputFiles.read(candidates, err);
		if (bytes == null) {
			return 3;
		}
		try (ConfigurableApplicationContext ctx = SpringContexts.start(store.dataDir, store.storeDir,
				CliBeans.Scope.RANKING)) {
			SpringContexts.prepare(ctx, EvidenceService.class);
			CandidateService.Pool pool = ctx.getBean(CandidateService.class)
				.readPool(bytes, candidates.getFileName().toString(), in);
			int total = pool.candidates().size();
			String actor = user == null ? "cli" : user;
			RankingService rankings = ctx.getBean(RankingService.class);
			Ranking ranking = rankings.rankPool(role, pool.candidates(), pool.evidence(), actor,
					done -> progress(err, done, total));
			err.println();
			Files.write(out, rankings.export(ranking, outFormat, actor));
			spec.commandLine()
				.getOut()
				.printf("Ranked %d people for %s (%d eligible) under rules %s; audit run %d; wrote %s%n",
						ranking.total(), ranking.roleName(), ranking.eligible(), ranking.ruleVersion(), ranking.runId(),
						out);
			if (!pool.evidence().isEmpty()) {
				spec.commandLine()
					.getOut()
					.printf("Evidence text of %d people matched lexically (Lucene BM25); the semantic (embedding) "
							+ "view is left out by the command%n", pool.evidence().size());
			}
			return 0;
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "nothing was ranked");
			return 1;
		}
		catch (NotFoundException e) {
			err.println(e.getMessage());
			return 2;
		}
		catch (IOException e) {
			err.println(out + ": cannot write: " + e.getMessage());
			return 3;
		}
	}

	/** {@code [##########----------]  50%  150/300}, redrawn in place. */
	static void progress(PrintWriter err, int done, int total) {
		if (total == 0 || (done % Math.max(1, total / 50) != 0 && done != total)) {
			return;
		}
		int width = 30;
		int filled = (int) ((long) done * width / total);
		err.printf("\r[%s%s] %3d%%  %d/%d", "#".repeat(filled), "-".repeat(width - filled), done * 100 / total, done,
				total);
		err.flush();
	}

}
