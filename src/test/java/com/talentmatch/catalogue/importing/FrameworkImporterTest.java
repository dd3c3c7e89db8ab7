package com.talentmatch.catalogue.importing;

import com.talentmatch.table.Table;
import com.talentmatch.table.TableRow;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Category;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ScaleLevel;

class FrameworkImporterTest {

	static final Path EXAMPLE = Path.of("data/examples/digital-skills-framework.csv");

	final FrameworkImporter importer = new FrameworkImporter(1000);

	static String example() throws IOException {
		return Files.readString(EXAMPLE);
	}

	FrameworkImporter.Imported csv(String text) {
		return importer.read(text.getBytes(StandardCharsets.UTF_8), "f.csv", TableFormat.CSV);
	}

	List<DataProblem> problems(String text) {
		try {
			csv(text);
		}
		catch (InvalidDataException e) {
			return e.problems();
		}
		throw new AssertionError("file was accepted");
	}

	@Test
	void importsTheFourLevelExampleFramework() throws IOException {
		FrameworkImporter.Imported imported = csv(example());
		CompetencyModel m = imported.model();
		assertThat(imported.rows()).isEqualTo(16);
		assertThat(m.id()).isEqualTo("digital-skills");
		assertThat(m.origin()).isEqualTo(CompetencyModel.IMPORT);
		assertThat(m.englishIsTranslation()).isFalse();
		assertThat(m.scale().stream().map(ScaleLevel::code)).containsExactly("Awareness", "Working", "Practitioner",
				"Expert");
		assertThat(m.competencies()).hasSize(4);
		var research = m.competency("user-research").orElseThrow();
		assertThat(research.name().zh()).isEqualTo("用户研究");
		assertThat(research.category()).isEqualTo(Category.SKILL);
		assertThat(research.definition().en()).isEqualTo("Understanding the people who use a service.");
		assertThat(research.level("Practitioner").orElseThrow().indicators().get(0).text())
			.startsWith("Chooses research methods for a question, leads");
	}

	@Test
	void oneBadRowIsRefusedWithItsRowAndColumn() throws IOException {
		String bad = example().replace(",Working,Plans and runs interviews", ",Intermediate,Plans and runs interviews");
		List<DataProblem> problems = problems(bad);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).line()).isEqualTo(7);
		assertThat(problems.get(0).field()).isEqualTo("level");
		assertThat(problems.get(0).message()).contains("'Intermediate' is not in the scale");
	}

	@Test
	void everyBadRowIsListed() throws IOException {
		String bad = example().replace("Cleans and summarises a data set with a spreadsheet and states its limits.", "")
			.replace("user-research,,,,,Expert", "User Research,,,,,Expert");
		assertThat(problems(bad)).extracting(DataProblem::line, DataProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "indicator"),
					org.assertj.core.groups.Tuple.tuple(9, "competency_id"));
	}

	@Test
	void missingAndUnknownColumnsAreNamedOnTheHeaderRow() {
		List<DataProblem> problems = problems("model_id,scale,competency_id,lvl,indicator\nx,A|B,c,A,text\n");
		assertThat(problems).extracting(DataProblem::line).containsOnly(1);
		assertThat(problems).extracting(DataProblem::field).containsExactlyInAnyOrder("level", "lvl");
	}

	@Test
	void scaleIsRequiredOnTheFirstRow() {
		List<DataProblem> problems = problems(
				"model_id,model_name_en,scale,competency_id,competency_name_en,level,indicator\nx,X,,c,C,A,text\n");
		assertThat(problems).extracting(DataProblem::field).contains("scale");
	}

	@Test
	void aSecondModelInTheSameFileIsRefused() throws IOException {
		String bad = example().replace("digital-skills,,,,,cyber-security,,,,,Expert",
				"other-model,,,,,cyber-security,,,,,Expert");
		List<DataProblem> problems = problems(bad);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(17);
			assertThat(p.field()).isEqualTo("model_id");
		});
	}

	@Test
	void duplicateRowsAreRefused() throws IOException {
		String text = example();
		String lastLine = text.lines().reduce((a, b) -> b).orElseThrow();
		List<DataProblem> problems = problems(text + lastLine + "\n");
		assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("as row 17"));
	}

	@Test
	void semicolonSeparatedCsvWithByteOrderMarkIsRead() {
		String text = "\uFEFFmodel_id;model_name_en;scale;competency_id;competency_name_en;level;indicator\n"
				+ "eu;EU framework;Basic|Advanced;teamwork;Teamwork;Advanced;Leads a team\n";
		CompetencyModel m = csv(text).model();
		assertThat(m.competency("teamwork").orElseThrow().level("Advanced")).isPresent();
	}

	@Test
	void invalidUtf8IsRefusedWithItsRow() {
		byte[] head = "model_id,model_name_en,scale,competency_id,competency_name_en,level,indicator\nx,X,A,c,C,A,"
			.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 2];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0xB2;
		bytes[head.length + 1] = (byte) 0xE2;
		assertThatThrownBy(() -> importer.read(bytes, "gbk.csv", TableFormat.CSV))
			.isInstanceOfSatisfying(InvalidDataException.class, e -> {
				assertThat(e.problems().get(0).line()).isEqualTo(2);
				assertThat(e.problems().get(0).message()).contains("not valid UTF-8");
			});
	}

	@Test
	void tooManyRowsAreRefused() throws IOException {
		assertThatThrownBy(() -> new FrameworkImporter(3).read(example().getBytes(StandardCharsets.UTF_8), "f.csv",
				TableFormat.CSV))
			.hasMessageContaining("too many rows: 16 (at most 3)");
	}

	@Test
	void xlsxWithTheSameLayoutImportsTheSameModel() throws IOException {
		byte[] xlsx = toXlsx(example());
		CompetencyModel fromXlsx = importer.read(xlsx, "f.xlsx", TableFormat.XLSX).model();
		assertThat(fromXlsx).isEqualTo(csv(example()).model());
	}

	@Test
	void xlsxErrorsNameTheSpreadsheetRow() throws IOException {
		byte[] xlsx = toXlsx(example().replace(",Expert,Sets data standards", ",Guru,Sets data standards"));
		assertThatThrownBy(() -> importer.read(xlsx, "f.xlsx", TableFormat.XLSX)).isInstanceOfSatisfying(
				InvalidDataException.class,
				e -> assertThat(e.problems()).singleElement()
					.hasToString("f.xlsx:5 (level): level 'Guru' is not "
							+ "in the scale [Awareness, Working, Practitioner, Expert]"));
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefused() {
		assertThatThrownBy(() -> importer.read("hello".getBytes(StandardCharsets.UTF_8), "f.xlsx", TableFormat.XLSX))
			.hasMessageContaining("not a readable .xlsx workbook");
	}

	/** Writes CSV text into the first sheet of a new workbook, cell by cell. */
	static byte[] toXlsx(String csv) throws IOException {
		Table table = TableReader.csv(csv.getBytes(StandardCharsets.UTF_8), "f.csv");
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("framework");
			Row header = sheet.createRow(0);
			for (int c = 0; c < table.header().size(); c++) {
				header.createCell(c).setCellValue(table.header().get(c));
			}
			for (TableRow r : table.rows()) {
				Row row = sheet.createRow(r.number() - 1);
				for (int c = 0; c < table.header().size(); c++) {
					String v = r.get(table.header().get(c));
					if (v != null) {
						row.createCell(c).setCellValue(v);
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}
