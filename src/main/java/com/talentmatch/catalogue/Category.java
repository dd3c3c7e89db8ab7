package com.talentmatch.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a competency, as the seed documents group them. */
public enum Category {

	/** 知识 */
	KNOWLEDGE("知识"),
	/** 技能 / 能力 */
	SKILL("技能能力"),
	/** 素养 / 职业素养 */
	QUALITY("职业素养"),
	/** 核心能力 */
	CORE("核心"),
	/** 专业能力 */
	PROFESSIONAL("专业"),
	/** 领导力 */
	LEADERSHIP("领导"),
	/** 管理能力 */
	MANAGEMENT("管理"),
	/** 通用 */
	GENERAL("通用");

	private final String zh;

	Category(String zh) {
		this.zh = zh;
	}

	public String zh() {
		return zh;
	}

	/** The lower-case code used in data files and JSON. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Every code, in declaration order: the allowed values of a {@code category} field.
	 */
	public static List<String> codes() {
		return Arrays.stream(values()).map(Category::code).toList();
	}

	/** Parses a data-file code or the Chinese label; {@code null} when unknown. */
	@JsonCreator
	public static Category parse(String text) {
		for (Category c : values()) {
			if (c.code().equalsIgnoreCase(text.trim()) || c.zh.equals(text.trim())) {
				return c;
			}
		}
		return null;
	}

}
