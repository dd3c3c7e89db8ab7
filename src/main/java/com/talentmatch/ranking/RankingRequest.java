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
 */
public record RankingRequest(String role, String type, String department, String source, Integer page, Integer size) {

	public int pageOrDefault() {
		return page == null ? 0 : page;
	}

	public int sizeOrDefault() {
		return size == null ? 20 : size;
	}
}
