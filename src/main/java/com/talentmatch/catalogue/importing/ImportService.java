package com.talentmatch.catalogue.importing;

import java.util.Map;

import com.talentmatch.table.TableFormat;
import org.springframework.stereotype.Service;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.catalogue.CatalogueProperties;
import com.talentmatch.catalogue.CatalogueRepository;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.Hashes;

/**
 * Validates an import file whole, then stores it in one transaction; used by the API and
 * the CLI.
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
	 * Imports one framework table, and records the import in the audit log.
	 * @param bytes the file
	 * @param fileName its name, for messages and the import record
	 * @param format CSV or XLSX
	 * @param replace whether an earlier import of the same model id may be replaced
	 * @param user who imports, or {@code null}
	 * @return the stored model and the rows read
	 * @throws com.talentmatch.catalogue.InvalidDataException listing each problem with
	 * row and column
	 * @throws com.talentmatch.catalogue.ModelConflictException when the model id is taken
	 */
	public FrameworkImporter.Imported importFile(byte[] bytes, String fileName, TableFormat format, boolean replace,
			String user) {
		FrameworkImporter.Imported imported = importer.read(bytes, fileName, format);
		CompetencyModel model = imported.model();
		String hash = Hashes.sha256(bytes);
		catalogue.saveImport(model,
				new CatalogueRepository.ImportRecord(fileName, format.code(), hash, imported.rows(), user), replace);
		audit.record(user, "import", "model/" + model.id(), Map.of("what", "model", "contentHash", hash, "format",
				format.code(), "rows", imported.rows(), "replace", replace));
		return imported;
	}

}
