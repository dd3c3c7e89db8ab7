package com.talentmatch.ranking;

/**
 * What to rank.
 *
 * @param role role id or name
 * @param type only {@code internal} or {@code external} people, or {@code null} for all
 * @param department only this department, or {@code null}
 * @param source only levels from this source count ({@code assessment}, {@code manager},
 * {@code 360}, {@code self}, {@code evidence}), or {@code null} for all
 * @param page page, from 0
 * @param size page size, 1–200
 * @param candidate only this person's entry, with their rank in the pool (page and size
 * are then ignored), or {@code null} for a page of everyone
 */
public record RankingRequest(String role, String type, String department, String source, Integer page, Integer size,
		String candidate) {

	public int pageOrDefault() {
		return page == null ? 0 : page;
	}

	public int sizeOrDefault() {
		return size == null ? 20 : size;
	}
}
