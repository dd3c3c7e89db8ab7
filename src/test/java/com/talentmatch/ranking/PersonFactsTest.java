package com.talentmatch.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.talentmatch.candidates.Candidate;

/**
 * The line a person's facts are hashed as, for the input hash of a ranking: every fact
 * counts, and values cannot run into each other.
 */
class PersonFactsTest {

	static final Candidate PERSON = new Candidate("E1", "王敏", "internal", "客服部", "cs-relationship-supervisor", 3, 2,
			List.of("CET-6"), new LinkedHashMap<>(Map.of("在岗", 5.0)),
			List.of(new Candidate.Level("cs-dept/service-awareness", "3", "manager", LocalDate.of(2026, 3, 1))));

	@Test
	void aPersonIsWrittenWithEachValueAfterItsLength() {
		assertThat(RankingService.facts(PERSON))
			.isEqualTo("2:E1;2:王敏;8:internal;3:客服部;26:cs-relationship-supervisor;1:3;"
					+ "1:2;g1;5:CET-6;x1;2:在岗;3:5.0;l1;25:cs-dept/service-awareness;1:3;7:manager;10:2026-03-01;\n");
	}

	@Test
	void everyFactChangesTheLine() {
		String line = RankingService.facts(PERSON);
		assertThat(RankingService.facts(PERSON.withRatings(3, 2))).isEqualTo(line);
		List<Candidate> others = List.of(PERSON.withRatings(2, 2), PERSON.withRatings(3, null),
				new Candidate("E1", "王敏", "external", "客服部", "cs-relationship-supervisor", 3, 2, PERSON.grades(),
						PERSON.experience(), PERSON.levels()),
				new Candidate("E1", "王敏", "internal", "客服部", null, 3, 2, PERSON.grades(), PERSON.experience(),
						PERSON.levels()),
				new Candidate("E1", "王敏", "internal", "客服部", "cs-relationship-supervisor", 3, 2, List.of("CET-4"),
						PERSON.experience(), PERSON.levels()),
				new Candidate("E1", "王敏", "internal", "客服部", "cs-relationship-supervisor", 3, 2, PERSON.grades(),
						Map.of("在岗", 6.0), PERSON.levels()),
				new Candidate("E1", "王敏", "internal", "客服部", "cs-relationship-supervisor", 3, 2, PERSON.grades(),
						PERSON.experience(),
						List.of(new Candidate.Level("cs-dept/service-awareness", "3", "360",
								LocalDate.of(2026, 3, 1)))),
				new Candidate("E1", "王敏", "internal", "客服部", "cs-relationship-supervisor", 3, 2, PERSON.grades(),
						PERSON.experience(),
						List.of(new Candidate.Level("cs-dept/service-awareness", "3", "manager", null))));
		for (Candidate other : others) {
			assertThat(RankingService.facts(other)).as(other.toString()).isNotEqualTo(line);
		}
	}

	@Test
	void valuesCannotRunIntoEachOther() {
		Candidate a = new Candidate("E1", "a;1:b", null, null, null, null, null, null, null, null);
		Candidate b = new Candidate("E1", "a", "b", null, null, null, null, null, null, null);
		assertThat(RankingService.facts(a)).isNotEqualTo(RankingService.facts(b));
		assertThat(RankingService
			.facts(new Candidate("E1", null, null, null, null, null, null, List.of("a", "b"), null, null)))
			.isNotEqualTo(RankingService
				.facts(new Candidate("E1", null, null, null, null, null, null, List.of("a;1:b"), null, null)));
	}

}
