package com.talentmatch.web.readiness;

import org.springframework.context.ApplicationEvent;

/**
 * Published by a startup loader when its work is done: the service takes traffic once
 * every step in {@link LoadingGate#STEPS} has said so.
 */
public class LoadingCompleted extends ApplicationEvent {

	private final String step;

	/**
	 * @param source the loader
	 * @param step one of {@link LoadingGate#STEPS}
	 */
	public LoadingCompleted(Object source, String step) {
		super(source);
		this.step = step;
	}

	/** Which step is done. */
	public String step() {
		return step;
	}

	/** The catalogue: seed files validated and synchronised with the store. */
	public static final String CATALOGUE = "catalogue";

	/** The rules: built, checked and activated (or the stored fallback). */
	public static final String RULES = "rules";

	/** The evidence indicator index (the lexical matcher). */
	public static final String EVIDENCE_INDEX = "evidence-index";

	/** The demo pool, when enabled; said also when there is nothing to load. */
	public static final String DEMO_POOL = "demo-pool";

}
