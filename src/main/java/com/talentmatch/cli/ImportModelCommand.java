package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ModelConflictException;
import com.talentmatch.catalogue.importing.FrameworkImporter;
import com.talentmatch.catalogue.importing.ImportService;
import com.talentmatch.table.TableFormat;

/**
 * Imports a framework table into the store (exit 1: invalid file, 2: id taken, 3:
 * unreadable).
 */
@Command(name = "import-model", description = "Import a competency framework from a .csv or .xlsx table")
final class ImportModelCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "the .csv (UTF-8) or .xlsx file")
	Path file;

	@Option(names = "--roles", paramLabel = "ROLES",
			description = "a roles table (.csv or .xlsx, one role per row); an .xlsx FILE may instead have a sheet named 'roles'")
	Path roles;

	@Option(names = "--replace", description = "replace an earlier import with the same model id")
	boolean replace;

	@Option(names = "--user", description = "who imports, for the import record")
	String user;

	@Mixin
	StoreOptions store = new StoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		TableFormat format = TableFormat.detect(file.getFileName().toString(), null);
		if (format == null) {
			err.println(file + ": neither .csv nor .xlsx");
			return 3;
		}
		byte[] bytes = InputFiles.read(file, err);
		if (bytes == null) {
			return 3;
		}
		ImportService.RolesFile rolesFile = null;
		if (roles != null) {
			TableFormat rolesFormat = TableFormat.detect(roles.getFileName().toString(), null);
			byte[] rolesBytes = rolesFormat == null ? null : InputFiles.read(roles, err);
			if (rolesBytes == null) {
				err.println(roles + ": neither a readable .csv nor .xlsx");
				return 3;
			}
			rolesFile = new ImportService.RolesFile(rolesBytes, roles.getFileName().toString(), rolesFormat);
		}
		try (ConfigurableApplicationContext ctx = SpringContexts.start(store.dataDir, store.storeDir,
				CliBeans.Scope.CATALOGUE)) {
			FrameworkImporter.Imported imported = ctx.getBean(ImportService.class)
				.importFile(bytes, file.getFileName().toString(), format, rolesFile, replace, user);
			out.printf("Imported model '%s': %d competencies, %d roles, %d rows, scale %s%n", imported.model().id(),
					imported.model().competencies().size(), imported.model().roles().size(), imported.rows(),
					imported.model().scale().stream().map(s -> s.code()).toList());
			return 0;
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "nothing was imported");
			return 1;
		}
		catch (ModelConflictException e) {
			err.println(e.getMessage());
			return 2;
		}
	}

}
