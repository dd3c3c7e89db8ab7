package com.talentmatch.catalogue.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.talentmatch.table.Table;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;
import org.springframework.stereotype.Service;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.catalogue.CatalogueProperties;
import com.talentmatch.catalogue.CatalogueRepository;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.Hashes;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.RoleProfile;

/**
 * Validates an import file whole, with its roles, then stores it in one transaction; used
 * by the API and the CLI.
 */
@Service
public class ImportService {

	private final FrameworkImporter importer;

	private final CatalogueService catalogue;

	private final AuditLog audit;

	public ImportService(CatalogueProperties properties, CatalogueService catalogue, AuditLog audit) {
		this.importer = new FrameworkImporter(properties.maxImportRows());
		this.catalogue = catalogue;
		this.audit = audit;
	}

	/**
	 * A separate roles table (a CSV, or a workbook whose first sheet holds the roles).
	 *
	 * @param bytes the file
	 * @param fileName its name
	 * @param format CSV or XLSX
	 */
	public record RolesFile(byte[] bytes, String fileName, TableFormat format) {
	}

	/** Imports one framework table without a separate roles file. */
	public FrameworkImporter.Imported importFile(byte[] bytes, String fileName, TableFormat format, boolean replace,
			String user) {
		return importFile(bytes, fileName, format, null, replace, user);
	}

	/**
	 * Imports one framework table and its roles, and records the import in the audit log.
	 * The roles come from {@code roles} when given, else from the workbook's sheet named
	 * {@code roles}, if any.
	 * @param bytes the file
	 * @param fileName its name, for messages and the import record
	 * @param format CSV or XLSX
	 * @param roles a separate roles table, or {@code null}
	 * @param replace whether an earlier import of the same model id may be replaced
	 * @param user who imports, or {@code null}
	 * @return the stored model and the rows read
	 * @throws com.talentmatch.catalogue.InvalidDataException listing each problem with
	 * file, row and column; nothing is stored
	 * @throws com.talentmatch.catalogue.ModelConflictException when the model id is taken
	 */
	public FrameworkImporter.Imported importFile(byte[] bytes, String fileName, TableFormat format, RolesFile roles,
			boolean replace, String user) {
		FrameworkImporter.Imported imported = importer.read(bytes, fileName, format);
		Optional<Table> table = roles != null
				? Optional.of(TableReader.read(roles.bytes(), roles.fileName(), roles.format()))
				: format == TableFormat.XLSX ? TableReader.xlsxSheet(bytes, fileName, RoleTable.SHEET)
						: Optional.empty();
		CompetencyModel model = imported.model();
		if (table.isPresent()) {
			List<DataProblem> problems = new ArrayList<>();
			List<RoleProfile> read = RoleTable.read(table.get(), model, catalogue.current(), problems);
			if (!problems.isEmpty()) {
				throw new InvalidDataException(problems);
			}
			model = model.withRoles(read);
		}
		String hash = roles == null ? Hashes.sha256(bytes) : Hashes.sha256(concat(bytes, roles.bytes()));
		String recorded = roles == null ? fileName : fileName + " + " + roles.fileName();
		catalogue.saveImport(model,
				new CatalogueRepository.ImportRecord(recorded, format.code(), hash, imported.rows(), user), replace);
		audit.record(user, "import", "model/" + model.id(), Map.of("what", "model", "contentHash", hash, "format",
				format.code(), "rows", imported.rows(), "roles", model.roles().size(), "replace", replace));
		return new FrameworkImporter.Imported(model, imported.rows());
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
