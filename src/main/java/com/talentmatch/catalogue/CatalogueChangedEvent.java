package com.talentmatch.catalogue;

/**
 * Published after the catalogue snapshot changed (seed sync, import, delete, or a change
 * by another process). Listeners such as the evidence index rebuild from
 * {@code catalogue}.
 *
 * @param catalogue the new snapshot
 */
public record CatalogueChangedEvent(Catalogue catalogue) {
}
