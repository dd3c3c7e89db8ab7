package com.talentmatch.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;

/**
 * Voluntary self-identification: whole-file imports (nothing written on any error),
 * reading and deleting one person's answers. Imports and deletions are recorded in the
 * audit log (counts and ids only, never an answer) when one is configured.
 */
@Service
public class SelfIdentificationService {

	private final SelfIdentificationRepository repository;

	private final CandidateService candidates;

	private final TransactionTemplate tx;

	private final ObjectProvider<AuditLog> audit;

	SelfIdentificationService(SelfIdentificationRepository repository, CandidateService candidates,
			TransactionTemplate tx, ObjectProvider<AuditLog> audit) {
		this.repository = repository;
		this.candidates = candidates;
		this.tx = tx;
		this.audit = audit;
	}

	/**
	 * What an import did.
	 *
	 * @param rows rows read
	 * @param created people with no self-identification before
	 * @param updated people whose answers were replaced
	 */
	public record ImportSummary(int rows, int created, int updated) {
	}

	/**
	 * Reads and validates the whole table; writes every row in one transaction, or
	 * nothing. A row replaces all of that person's answers.
	 */
	public ImportSummary importTable(byte[] bytes, String fileName, TableFormat format, String user) {
		Table table = TableReader.read(bytes, fileName, format);
		Set<String> known = candidates.all().stream().map(Candidate::id).collect(Collectors.toSet());
		List<DataProblem> problems = new ArrayList<>();
		List<SelfIdentification> rows = SelfIdentificationTables.parse(table, known, user, problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		Set<String> existing = byCandidate().keySet();
		tx.executeWithoutResult(status -> rows.forEach(repository::save));
		int updated = (int) rows.stream().filter(s -> existing.contains(s.candidateId())).count();
		audit.ifAvailable(a -> a.record(actor(user), "import", "self-identification",
				Map.of("file", fileName, "rows", rows.size(), "updated", updated)));
		return new ImportSummary(rows.size(), rows.size() - updated, updated);
	}

	/** Everyone's answers, by candidate id. */
	public List<SelfIdentification> all() {
		return repository.all();
	}

	/** Everyone's answers, keyed by candidate id. */
	public Map<String, SelfIdentification> byCandidate() {
		return repository.all()
			.stream()
			.collect(Collectors.toMap(SelfIdentification::candidateId, Function.identity()));
	}

	public SelfIdentification get(String candidateId) {
		return repository.find(candidateId).orElseThrow(() -> notFound(candidateId));
	}

	/** Deletes one person's answers (deleting the candidate does the same). */
	public void delete(String candidateId, String user) {
		if (!repository.delete(candidateId)) {
			throw notFound(candidateId);
		}
		audit.ifAvailable(a -> a.record(actor(user), "erasure", "candidate/" + candidateId,
				Map.of("what", "self-identification")));
	}

	static String actor(String user) {
		return user == null || user.isBlank() ? "anonymous" : user;
	}

	private static NotFoundException notFound(String candidateId) {
		return new NotFoundException("no self-identification for candidate '" + candidateId + "'");
	}

}
