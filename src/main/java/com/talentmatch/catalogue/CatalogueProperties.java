package com.talentmatch.catalogue;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue comes from.
 *
 * @param dataDir the {@code data/} directory with {@code models/} and {@code grades/}
 * (default {@code data})
 * @param maxImportRows largest framework import accepted, in rows
 */
@ConfigurationProperties("talent-match")
public record CatalogueProperties(Path dataDir, Integer maxImportRows) {

	public CatalogueProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		maxImportRows = maxImportRows == null ? 20_000 : maxImportRows;
	}
}
