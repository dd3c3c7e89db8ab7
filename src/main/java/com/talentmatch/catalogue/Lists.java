package com.talentmatch.catalogue;

import java.util.List;

/** Immutable copies of record list components. */
final class Lists {

	private Lists() {
	}

	/**
	 * An immutable copy; {@code null} (a list field absent from a document stored by an
	 * older version) becomes empty.
	 */
	static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}
