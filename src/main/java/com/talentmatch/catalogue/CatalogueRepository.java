package com.talentmatch.catalogue;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Models and grade scales in the store, as JSON documents; every change bumps the
 * catalogue revision.
 */
@Repository
public class CatalogueRepository {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	public CatalogueRepository(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * What a seed sync changed.
	 *
	 * @param added ids newly stored
	 * @param updated ids whose file changed
	 * @param removed seed ids no longer in {@code data/}
	 */
	public record SyncReport(List<String> added, List<String> updated, List<String> removed) {

		public boolean changed() {
			return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
		}
	}

	public long revision() {
		Long r = jdbc.queryForObject("SELECT revision FROM catalogue_revision WHERE id = 1", Long.class);
		return r == null ? 0 : r;
	}

	public List<CompetencyModel> models() {
		return jdbc.query("SELECT body FROM competency_model ORDER BY id",
				(rs, i) -> json.readValue(rs.getString(1), CompetencyModel.class));
	}

	public List<GradeScale> gradeScales() {
		return jdbc.query("SELECT body FROM grade_scale ORDER BY id",
				(rs, i) -> json.readValue(rs.getString(1), GradeScale.class));
	}

	/** The origin of a stored model, or {@code null} when there is none with that id. */
	public String originOf(String modelId) {
		List<String> o = jdbc.queryForList("SELECT origin FROM competency_model WHERE id = ?", String.class, modelId);
		return o.isEmpty() ? null : o.get(0);
	}

	/**
	 * Makes the stored seed models and grade scales equal to {@code data}: new ones
	 * inserted, changed ones updated (compared by the hash of their stored JSON, so a
	 * change of file or of this code's document shape both count), removed ones deleted;
	 * imported models are left alone. All or nothing.
	 * @throws InvalidDataException when a seed model id is taken by an imported model
	 */
	@Transactional
	public SyncReport syncSeeds(CatalogueLoader.Loaded data) {
		Map<String, String> stored = new HashMap<>();
		Map<String, String> origins = new HashMap<>();
		jdbc.query("SELECT id, content_hash, origin FROM competency_model", rs -> {
			stored.put(rs.getString(1), rs.getString(2));
			origins.put(rs.getString(1), rs.getString(3));
		});
		SyncReport report = new SyncReport(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		Set<String> seen = new HashSet<>();
		for (CompetencyModel m : data.models()) {
			seen.add(m.id());
			String body = json.writeValueAsString(m);
			String hash = hash(body);
			if (CompetencyModel.IMPORT.equals(origins.get(m.id()))) {
				throw new InvalidDataException(List.of(new DataProblem("data/models", 0, m.id(), "model id '" + m.id()
						+ "' is already used by an imported model; rename the file's id or delete the import")));
			}
			if (!stored.containsKey(m.id())) {
				insertModel(m, body);
				report.added().add(m.id());
			}
			else if (!stored.get(m.id()).equals(hash)) {
				updateModel(m, body);
				report.updated().add(m.id());
			}
		}
		for (Map.Entry<String, String> e : origins.entrySet()) {
			if (CompetencyModel.SEED.equals(e.getValue()) && !seen.contains(e.getKey())) {
				jdbc.update("DELETE FROM competency_model WHERE id = ?", e.getKey());
				report.removed().add(e.getKey());
			}
		}
		syncGradeScales(data, report);
		if (report.changed()) {
			bumpRevision();
		}
		return report;
	}

	private void syncGradeScales(CatalogueLoader.Loaded data, SyncReport report) {
		Map<String, String> stored = new HashMap<>();
		jdbc.query("SELECT id, content_hash FROM grade_scale", rs -> {
			stored.put(rs.getString(1), rs.getString(2));
		});
		for (GradeScale s : data.gradeScales()) {
			String body = json.writeValueAsString(s);
			String hash = hash(body);
			if (!stored.containsKey(s.id())) {
				jdbc.update("INSERT INTO grade_scale (id, name_zh, name_en, content_hash, body, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)", s.id(), s.name().zh(), s.name().en(), hash, body, now());
				report.added().add("grades:" + s.id());
			}
			else if (!stored.get(s.id()).equals(hash)) {
				jdbc.update(
						"UPDATE grade_scale SET name_zh = ?, name_en = ?, content_hash = ?, body = ?, "
								+ "updated_at = ? WHERE id = ?",
						s.name().zh(), s.name().en(), hash, body, now(), s.id());
				report.updated().add("grades:" + s.id());
			}
			stored.remove(s.id());
		}
		for (String gone : stored.keySet()) {
			jdbc.update("DELETE FROM grade_scale WHERE id = ?", gone);
			report.removed().add("grades:" + gone);
		}
	}

	/**
	 * Stores an imported model and records the import, in one transaction.
	 * @param replace whether an earlier import with the same id may be replaced
	 * @throws ModelConflictException when the id is a seed model, or an import and
	 * {@code replace} is false
	 */
	@Transactional
	public void saveImport(CompetencyModel model, ImportRecord record, boolean replace) {
		lock();
		refuseTakenRoleIds(model, models());
		String origin = originOf(model.id());
		if (CompetencyModel.SEED.equals(origin)) {
			throw new ModelConflictException("model '" + model.id()
					+ "' comes from data/ and cannot be replaced by an import; choose another model id");
		}
		if (origin != null && !replace) {
			throw new ModelConflictException(
					"model '" + model.id() + "' already exists; import with replace=true to replace it");
		}
		String body = json.writeValueAsString(model);
		if (origin == null) {
			insertModel(model, body);
		}
		else {
			updateModel(model, body);
		}
		jdbc.update(
				"INSERT INTO model_import (model_id, file_name, format, content_hash, row_count, replaced, "
						+ "imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				model.id(), record.fileName(), record.format(), record.contentHash(), record.rows(), origin != null,
				record.user(), now());
		bumpRevision();
	}

	/**
	 * Replaces a stored imported model by what {@code change} makes of it, in one
	 * transaction serialised with every other import and change (so two role ids cannot
	 * be taken at once).
	 * @param change given the whole stored catalogue, returns the new model (it may throw
	 * to refuse, and nothing is written)
	 * @throws NotFoundException when there is no such model
	 * @throws ModelConflictException when the model comes from {@code data/}
	 */
	@Transactional
	public CompetencyModel updateImported(String modelId,
			java.util.function.Function<Catalogue, CompetencyModel> change) {
		lock();
		String origin = originOf(modelId);
		if (origin == null) {
			throw new NotFoundException("no model with id '" + modelId + "'");
		}
		if (CompetencyModel.SEED.equals(origin)) {
			throw new ModelConflictException("model '" + modelId
					+ "' comes from data/: change its roles in its YAML file there; only imported models change here");
		}
		List<CompetencyModel> all = models();
		CompetencyModel changed = change.apply(Catalogue.of(revision(), all, gradeScales()));
		refuseTakenRoleIds(changed, all);
		updateModel(changed, json.writeValueAsString(changed));
		bumpRevision();
		return changed;
	}

	/** Takes the catalogue's write lock until the transaction ends. */
	private void lock() {
		jdbc.queryForObject("SELECT revision FROM catalogue_revision WHERE id = 1 FOR UPDATE", Long.class);
	}

	private static void refuseTakenRoleIds(CompetencyModel model, List<CompetencyModel> stored) {
		for (CompetencyModel other : stored) {
			if (other.id().equals(model.id())) {
				continue;
			}
			for (RoleProfile r : other.roles()) {
				if (model.roles().stream().anyMatch(mine -> mine.id().equals(r.id()))) {
					throw new ModelConflictException("role id '" + r.id() + "' is already a role of model '"
							+ other.id() + "'; role ids are unique across the catalogue");
				}
			}
		}
	}

	/**
	 * Deletes an imported model; seed models are refused. Returns false when there is no
	 * such model.
	 */
	@Transactional
	public boolean deleteImported(String modelId) {
		String origin = originOf(modelId);
		if (origin == null) {
			return false;
		}
		if (CompetencyModel.SEED.equals(origin)) {
			throw new ModelConflictException(
					"model '" + modelId + "' comes from data/; remove its file there instead of deleting it");
		}
		jdbc.update("DELETE FROM competency_model WHERE id = ?", modelId);
		bumpRevision();
		return true;
	}

	/**
	 * One import, as recorded.
	 *
	 * @param fileName uploaded file name
	 * @param format {@code csv} or {@code xlsx}
	 * @param contentHash SHA-256 of the file
	 * @param rows data rows read
	 * @param user who imported, or {@code null}
	 */
	public record ImportRecord(String fileName, String format, String contentHash, int rows, String user) {
	}

	/**
	 * A recorded import.
	 *
	 * @param modelId model id
	 * @param fileName uploaded file name
	 * @param format {@code csv} or {@code xlsx}
	 * @param contentHash SHA-256 of the file
	 * @param rows data rows
	 * @param replaced whether it replaced an earlier import
	 * @param user who imported, or {@code null}
	 * @param importedAt when
	 */
	public record ImportEntry(String modelId, String fileName, String format, String contentHash, int rows,
			boolean replaced, String user, Instant importedAt) {
	}

	/** Every import, newest first. */
	public List<ImportEntry> imports() {
		return jdbc.query(
				"SELECT model_id, file_name, format, content_hash, row_count, replaced, imported_by, "
						+ "imported_at FROM model_import ORDER BY id DESC",
				(rs, i) -> new ImportEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
	}

	private void insertModel(CompetencyModel m, String body) {
		jdbc.update(
				"INSERT INTO competency_model (id, name_zh, name_en, origin, content_hash, body, updated_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
				m.id(), m.name().zh(), m.name().en(), m.origin(), hash(body), body, now());
	}

	private void updateModel(CompetencyModel m, String body) {
		jdbc.update(
				"UPDATE competency_model SET name_zh = ?, name_en = ?, origin = ?, content_hash = ?, body = ?, "
						+ "updated_at = ? WHERE id = ?",
				m.name().zh(), m.name().en(), m.origin(), hash(body), body, now(), m.id());
	}

	private static String hash(String body) {
		return Hashes.sha256(body.getBytes(StandardCharsets.UTF_8));
	}

	private void bumpRevision() {
		jdbc.update("UPDATE catalogue_revision SET revision = revision + 1, changed_at = ? WHERE id = 1", now());
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

}
