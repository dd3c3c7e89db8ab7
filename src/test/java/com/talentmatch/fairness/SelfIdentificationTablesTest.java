package com.talentmatch.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.table.TableReader;

/** The self-identification layout and its checks, row by row and column by column. */
class SelfIdentificationTablesTest {

	final List<DataProblem> problems = new ArrayList<>();

	List<SelfIdentification> parse(String csv) {
		return SelfIdentificationTables.parse(TableReader.csv(csv.getBytes(StandardCharsets.UTF_8), "s.csv"),
				Set.of("E1", "E2", "E3"), "admin", problems);
	}

	@Test
	void readsCodesInLowerCaseAndLeavesBlankAnswersOut() {
		List<SelfIdentification> rows = parse(
				"candidate_id,gender,age_band,ethnicity\nE1,Female,30-39,汉族\nE2,declined,,\n");
		assertThat(problems).isEmpty();
		assertThat(rows.get(0).answers()).isEqualTo(Map.of("gender", "female", "age_band", "30-39", "ethnicity", "汉族"));
		assertThat(rows.get(1).answers()).isEqualTo(Map.of("gender", "declined"));
		assertThat(SelfIdentification.group(rows.get(1), Dimension.AGE_BAND)).isEqualTo("not provided");
		assertThat(SelfIdentification.group(null, Dimension.GENDER)).isEqualTo("not provided");
		assertThat(rows.get(0).recordedBy()).isEqualTo("admin");
	}

	@Test
	void eachBadCellUnknownPersonAndRepeatedRowIsNamed() {
		parse("candidate_id,gender,age_band,shoe_size\nE1,f,<30>,44\nE9,m,,\nE1,not provided,,\n,m,,\n");
		assertThat(problems).extracting(p -> p.line() + " " + p.field() + ": " + p.message())
			.containsExactly(
					"1 shoe_size: unknown column 'shoe_size'; columns are [candidate_id, gender, age_band, "
							+ "ethnicity, religion, marital_status]",
					"2 age_band: '<30>' is not a code: letters, digits, spaces and - _ + / . (at most 64), or "
							+ "'declined'; leave the cell empty when the person gave no answer",
					"3 candidate_id: no candidate with id 'E9' in the store; import the candidate first",
					"4 candidate_id: 'E1' is also on row 2",
					"4 gender: 'not provided' is not a code: letters, digits, spaces and - _ + / . (at most 64), or "
							+ "'declined'; leave the cell empty when the person gave no answer",
					"5 candidate_id: candidate_id is required");
	}

	@Test
	void aFileWithoutTheIdOrAnyQuestionIsRefusedOnTheHeaderRow() {
		parse("gender\nf\n");
		parse("candidate_id\nE1\n");
		assertThat(problems).extracting(p -> p.line() + " " + p.field())
			.containsExactly("1 candidate_id", "2 candidate_id", "1 null");
	}

}
