package com.talentmatch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;
import com.talentmatch.table.TableWriter;

/** The candidate import reads the column keys and both languages' export headers. */
class CandidateTablesHeaderTest {

	static final Candidate PERSON = new Candidate("E1", "=1+1", "internal", "客服一组", "cs-relationship-specialist", 2, 3,
			List.of("CET-6", "bachelor"), java.util.Map.of("在岗", 3.0),
			List.of(new Candidate.Level("cs-dept/communication", "3", "manager",
					java.time.LocalDate.parse("2026-03-01"))));

	static List<CandidateTables.Parsed> read(byte[] bytes, TableFormat format, List<DataProblem> problems) {
		return CandidateTables.parse(TableReader.read(bytes, "c." + format.code(), format), problems);
	}

	@Test
	void aWrittenTableReadsBackAsTheSamePersonInEitherLanguageAndFormat() {
		for (ExportLanguage lang : ExportLanguage.values()) {
			for (TableFormat format : TableFormat.values()) {
				byte[] bytes = TableWriter.write(format, "c", CandidateTables.header(lang), CandidateTables.TYPES,
						List.of(CandidateTables.cells(PERSON, "她主动倾听客户。")));
				List<DataProblem> problems = new ArrayList<>();
				List<CandidateTables.Parsed> rows = read(bytes, format, problems);
				assertThat(problems).as(lang + " " + format).isEmpty();
				assertThat(rows.get(0).candidate()).as(lang + " " + format).isEqualTo(PERSON);
				assertThat(rows.get(0).evidence()).isEqualTo("她主动倾听客户。");
			}
		}
	}

	@Test
	void headersMatchIgnoringCaseSpacesAndHyphens() {
		List<DataProblem> problems = new ArrayList<>();
		List<CandidateTables.Parsed> rows = read(
				"ID, name ,TYPE,Current-Role\nE1,王芳,internal,cs-relationship-specialist\n"
					.getBytes(StandardCharsets.UTF_8),
				TableFormat.CSV, problems);
		assertThat(problems).isEmpty();
		assertThat(rows.get(0).candidate().currentRole()).isEqualTo("cs-relationship-specialist");
		assertThat(CandidateTables.normalized(" Current  role ")).isEqualTo("current_role");
	}

	@Test
	void anUnknownOrProtectedLocalizedColumnIsStillRefused() {
		List<DataProblem> problems = new ArrayList<>();
		read("编号,姓名,类型,性别,爱好\nE1,王芳,internal,f,x\n".getBytes(StandardCharsets.UTF_8), TableFormat.CSV, problems);
		assertThat(problems).extracting(DataProblem::field).containsExactly("性别", "爱好");
		assertThat(problems.get(0).message()).contains("protected attribute");
	}

}
