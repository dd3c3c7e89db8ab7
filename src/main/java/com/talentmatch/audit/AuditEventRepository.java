package com.talentmatch.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log; it never changes it. */
@Repository
class AuditEventRepository {

	/**
	 * Which entries.
	 *
	 * @param actor exactly this actor, or {@code null}
	 * @param action exactly this action, or {@code null}
	 * @param subject exactly this subject, or {@code null}
	 * @param from at or after, or {@code null}
	 * @param to before, or {@code null}
	 */
	record Filter(String actor, String action, String subject, Instant from, Instant to) {
	}

	/**
	 * One entry, with its details as JSON.
	 *
	 * @param id position in the chain
	 * @param createdAt when
	 * @param actor who
	 * @param action what
	 * @param subject about what
	 * @param details ids, codes and versions
	 * @param ruleVersion rule version at the time, or {@code null}
	 * @param catalogueRevision catalogue revision at the time, or {@code null}
	 * @param prevHash hash of the entry before
	 * @param hash this entry's hash
	 */
	record Event(long id, Instant createdAt, String actor, String action, String subject, Map<String, Object> details,
			String ruleVersion, Long catalogueRevision, String prevHash, String hash) {
	}

	/**
	 * A page of entries, newest first.
	 *
	 * @param total entries that match
	 * @param page page number from 0
	 * @param size page size
	 * @param events the entries on this page
	 */
	record Page(long total, int page, int size, List<Event> events) {
	}

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	AuditEventRepository(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Page find(Filter f, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		condition(where, args, "actor = ?", f.actor());
		condition(where, args, "action = ?", f.action());
		condition(where, args, "subject = ?", f.subject());
		condition(where, args, "created_at >= ?", f.from() == null ? null : utc(f.from()));
		condition(where, args, "created_at < ?", f.to() == null ? null : utc(f.to()));
		Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event" + where, Long.class, args.toArray());
		List<Object> paged = new ArrayList<>(args);
		paged.add((long) page * size);
		paged.add(size);
		List<Event> events = jdbc.query(
				"SELECT id, created_at, actor, action, subject, details, rule_version, catalogue_revision, prev_hash, "
						+ "hash FROM audit_event" + where + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
				(rs, i) -> new Event(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
						rs.getString(4), rs.getString(5), json.readValue(rs.getString(6), DETAILS), rs.getString(7),
						rs.getObject(8, Long.class), rs.getString(9), rs.getString(10)),
				paged.toArray());
		return new Page(total == null ? 0 : total, page, size, events);
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
		if (value != null) {
			where.append(" AND ").append(sql);
			args.add(value);
		}
	}

}
