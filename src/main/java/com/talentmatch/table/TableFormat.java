package com.talentmatch.table;

import java.util.Locale;

/** The table formats an import accepts. */
public enum TableFormat {

	CSV, XLSX;

	/**
	 * The format of a file, from its name and else its content type; {@code null} when
	 * neither is CSV or XLSX.
	 */
	public static TableFormat detect(String fileName, String contentType) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return CSV;
		}
		if (name.endsWith(".xlsx")) {
			return XLSX;
		}
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		if (type.startsWith("text/csv")) {
			return CSV;
		}
		if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
			return XLSX;
		}
		return null;
	}

	/**
	 * The format of an uploaded file, by its name or content type; a 415 that says what
	 * is accepted when it is neither.
	 */
	public static TableFormat ofUpload(String fileName, String contentType) {
		TableFormat format = detect(fileName, contentType);
		if (format == null) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"file '" + fileName + "' is neither .csv (UTF-8) nor .xlsx; save it in one of those");
		}
		return format;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
