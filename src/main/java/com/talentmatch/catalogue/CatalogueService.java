package com.talentmatch.catalogue;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import com.talentmatch.web.readiness.LoadingCompleted;
import org.springframework.stereotype.Service;

/**
 * The catalogue as the rest of the service sees it: an immutable snapshot, refreshed when
 * the store's revision changes (also when another process, such as the CLI, imported a
 * model). Thread-safe.
 *
 * <p>
 * On start it validates {@code data/} and synchronises the seed models into the store;
 * invalid data stops startup with each problem's file and line.
 */
@Service
public class CatalogueService {

	private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

	private static final long RECHECK_MILLIS = 1000;

	private final CatalogueRepository repository;

	private final ApplicationEventPublisher events;

	private volatile Catalogue snapshot;

	private volatile long checkedAt;

	public CatalogueService(CatalogueRepository repository, CatalogueProperties properties,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
		CatalogueLoader.Loaded data = CatalogueLoader.load(properties.dataDir());
		CatalogueRepository.SyncReport report = repository.syncSeeds(data);
		log.info("Catalogue data from {}: {} models, {} grade scales; added {}, updated {}, removed {}",
				properties.dataDir().toAbsolutePath(), data.models().size(), data.gradeScales().size(), report.added(),
				report.updated(), report.removed());
		this.snapshot = read();
		this.checkedAt = System.currentTimeMillis();
		events.publishEvent(new LoadingCompleted(this, LoadingCompleted.CATALOGUE));
	}

	/**
	 * The current snapshot; re-reads the store at most once a second when its revision
	 * moved.
	 */
	public Catalogue current() {
		long now = System.currentTimeMillis();
		if (now - checkedAt >= RECHECK_MILLIS) {
			checkedAt = now;
			if (repository.revision() != snapshot.revision()) {
				refresh();
			}
		}
		return snapshot;
	}

	/** Re-reads the store now and tells listeners. */
	public synchronized Catalogue refresh() {
		Catalogue fresh = read();
		boolean changed = fresh.revision() != snapshot.revision();
		snapshot = fresh;
		checkedAt = System.currentTimeMillis();
		if (changed) {
			events.publishEvent(new CatalogueChangedEvent(fresh));
		}
		return fresh;
	}

	/** Stores an imported model and refreshes the snapshot. */
	public CompetencyModel saveImport(CompetencyModel model, CatalogueRepository.ImportRecord record, boolean replace) {
		repository.saveImport(model, record, replace);
		refresh();
		return model;
	}

	/**
	 * Changes a stored imported model (see {@link CatalogueRepository#updateImported})
	 * and refreshes the snapshot.
	 */
	public CompetencyModel updateImported(String modelId,
			java.util.function.Function<Catalogue, CompetencyModel> change) {
		CompetencyModel changed = repository.updateImported(modelId, change);
		refresh();
		return changed;
	}

	/** Deletes an imported model. */
	public void deleteImported(String modelId) {
		if (!repository.deleteImported(modelId)) {
			throw new NotFoundException("no model with id '" + modelId + "'");
		}
		refresh();
	}

	private Catalogue read() {
		long revision = repository.revision();
		List<CompetencyModel> models = repository.models();
		return Catalogue.of(revision, models, repository.gradeScales());
	}

}
