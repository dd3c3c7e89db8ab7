package com.talentmatch.fairness;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The questions of the voluntary self-identification form; {@link #column()} is the
 * column name in the import file and in the store.
 */
public enum Dimension {

	GENDER("gender"), AGE_BAND("age_band"), ETHNICITY("ethnicity"), RELIGION("religion"),
	MARITAL_STATUS("marital_status");

	/** The answer of a person who declined to answer the question. */
	public static final String DECLINED = "declined";

	/** The group of people who gave no answer, or have no self-identification at all. */
	public static final String NOT_PROVIDED = "not provided";

	private final String column;

	Dimension(String column) {
		this.column = column;
	}

	public String column() {
		return column;
	}

	/** Every column name, in form order. */
	public static List<String> columns() {
		return Arrays.stream(values()).map(Dimension::column).toList();
	}

	public static Optional<Dimension> ofColumn(String column) {
		return Arrays.stream(values()).filter(d -> d.column.equals(column)).findFirst();
	}

}
