package vn.ocophub.criteria;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the public transcription of Decision 148 Annex III ({@code ../shared/data/criteria-148/set-NN.csv}:
 * title, description, level 0–3, stars, score) into a neutral tree, and turns the product's own criteria sets
 * into the same tree, so that the two can be compared field by field.
 * <p>
 * The transcription's layout is read the way the decision lays it out: a heading with a single lettered row
 * whose title is empty, repeats the heading or only explains it ("a) Chỉ ra hàm lượng…") is a heading scored
 * as one criterion (sets 11–26 put those options directly under the heading); rows beginning with "-" under a
 * lettered row without options are sub-criteria, flattened as "Ngoại hình - Tạp chất" the way set 13 writes
 * them; "□" and the star signs at the end of an option are the box and the marker.
 */
final class Transcription {

	private static final Pattern PART = Pattern.compile("^Phần\\s*([A-Z])\\s*[:.]?\\s*(.*?)\\s*(\\(\\s*\\d+\\s*Điểm\\s*\\))?$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern HEADING = Pattern.compile("^(\\d+)\\s*\\.\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\s*[).]\\s*(.*)$", Pattern.DOTALL);

	private static final Pattern MARKER = Pattern.compile("\\s*\\*{3,5}\\s*$");

	/** One element of a criteria tree, every value as text ("-" when absent). */
	record Node(String kind, String code, String title, String note, String points, String stars, int line,
			List<Node> children) {

		String segment() {
			return code.substring(code.lastIndexOf('.') + 1);
		}

	}

	private Transcription() {
	}

	static Path folder() {
		return Path.of("..", "shared", "data", "criteria-148");
	}

	static Path file(String productSet) {
		return folder().resolve("set-" + productSet + ".csv");
	}

	/** The transcription of one set as parts → headings → criteria → options. */
	static List<Node> read(Path csv) throws IOException {
		List<CSVRecord> rows;
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		List<Builder> parts = new ArrayList<>();
		Builder part = null;
		Builder heading = null;
		Builder criterion = null;
		Builder group = null;
		for (CSVRecord row : rows) {
			int line = (int) row.getRecordNumber() + 1;
			String title = clean(row.get("title"));
			String note = clean(row.get("description"));
			String stars = orDash(row.get("stars"));
			String score = orDash(row.get("score"));
			switch (row.get("level").trim()) {
				case "0" -> {
					Matcher m = PART.matcher(title);
					if (!m.matches()) {
						throw new IllegalStateException(csv + ":" + line + ": not a part: " + title);
					}
					part = new Builder("part", m.group(1).toUpperCase(Locale.ROOT), clean(m.group(2)), note, score,
							stars, line);
					parts.add(part);
				}
				case "1" -> {
					Matcher m = HEADING.matcher(title);
					if (!m.matches()) {
						throw new IllegalStateException(csv + ":" + line + ": not a heading: " + title);
					}
					heading = new Builder("heading", part.code + "." + m.group(1), clean(m.group(2)), note, score, stars,
							line);
					part.children.add(heading);
					criterion = null;
					group = null;
				}
				case "2" -> {
					if (title.startsWith("-") && group != null) {
						criterion = new Builder("criterion", group.code, group.title + " - " + clean(title.substring(1)),
								note, score, stars, line);
						heading.children.add(criterion);
						continue;
					}
					Matcher m = LETTERED.matcher(title.replace("a )", "a)"));
					String letter = m.matches() ? m.group(1) : "?";
					String rest = MARKER.matcher(m.matches() ? clean(m.group(2)) : title).replaceAll("");
					criterion = new Builder("criterion", heading.code + "." + letter, rest, note, score, stars, line);
					heading.children.add(criterion);
					group = criterion;
				}
				case "3" -> {
					Builder owner = criterion != null ? criterion : heading;
					String text = MARKER.matcher(clean(title.replaceFirst("^□\\s*", ""))).replaceAll("");
					owner.children.add(new Builder("option", owner.code + "." + (owner.children.size() + 1), text, note,
							score, stars, line));
					if (group != null && criterion == group) {
						group = null;
					}
				}
				default -> throw new IllegalStateException(csv + ":" + line + ": unknown level " + row.get("level"));
			}
		}
		return parts.stream().map(Builder::build).toList();
	}

	/** The product's own set as the same kind of tree. */
	static List<Node> of(CriteriaSet set) {
		List<Node> parts = new ArrayList<>();
		for (CriteriaPart part : set.parts()) {
			List<Node> headings = new ArrayList<>();
			for (CriteriaHeading heading : part.headings()) {
				if (heading.isItsOwnCriterion()) {
					Criterion own = heading.criteria().get(0);
					headings.add(new Node("heading", heading.code(), heading.title(), dash(heading.note()),
							String.valueOf(heading.maxPoints()), dash(own.starMarker()), heading.line(),
							options(own)));
					continue;
				}
				List<Node> criteria = new ArrayList<>();
				for (Criterion criterion : heading.criteria()) {
					criteria.add(new Node("criterion", criterion.code(), criterion.title(), dash(criterion.note()),
							String.valueOf(criterion.maxPoints()), dash(criterion.starMarker()), criterion.line(),
							options(criterion)));
				}
				headings.add(new Node("heading", heading.code(), heading.title(), dash(heading.note()),
						String.valueOf(heading.maxPoints()), "-", heading.line(), criteria));
			}
			parts.add(new Node("part", part.code(), part.title(), "-", String.valueOf(part.maxPoints()), "-",
					part.line(), headings));
		}
		return parts;
	}

	private static List<Node> options(Criterion criterion) {
		return criterion.options()
			.stream()
			.map(o -> new Node("option", o.code(), o.text(), "-", String.valueOf(o.points()), dash(o.starMarker()),
					o.line(), List.of()))
			.toList();
	}

	private static String dash(Object value) {
		return value == null ? "-" : value.toString();
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "-" : value.trim();
	}

	/** Whitespace collapsed, as the comparison sees text. */
	static String clean(String text) {
		return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
	}

	/** A tree under construction; a heading with one lone lettered row becomes a heading scored as one criterion. */
	private static final class Builder {

		final String kind;

		final String code;

		final String title;

		final String note;

		final String points;

		final String stars;

		final int line;

		final List<Builder> children = new ArrayList<>();

		Builder(String kind, String code, String title, String note, String points, String stars, int line) {
			this.kind = kind;
			this.code = code;
			this.title = title;
			this.note = note.isEmpty() ? "-" : note;
			this.points = points;
			this.stars = stars;
			this.line = line;
		}

		Node build() {
			if (kind.equals("heading") && children.size() == 1 && children.get(0).kind.equals("criterion")
					&& lone(children.get(0))) {
				Builder row = children.get(0);
				String joined = row.title.isEmpty() || sameAs(row.title) ? note
						: (note.equals("-") ? row.title : note + " " + row.title);
				List<Node> options = row.children.stream().map(o -> o.renamed(code)).toList();
				return new Node(kind, code, title, joined, points, row.stars, line, options);
			}
			List<Node> built = new ArrayList<>();
			children.stream()
				.filter(child -> !(child.kind.equals("criterion") && child.children.isEmpty()))
				.forEach(child -> built.add(child.build()));
			return new Node(kind, code, title, note, points, stars, line, built);
		}

		private boolean lone(Builder row) {
			return row.title.isEmpty() || sameAs(row.title) || row.title.startsWith("(")
					|| row.title.startsWith("Chỉ ra") || row.title.startsWith("Chất lượng");
		}

		private boolean sameAs(String other) {
			return clean(other).equalsIgnoreCase(clean(title));
		}

		Node renamed(String owner) {
			String number = code.substring(code.lastIndexOf('.') + 1);
			return new Node(kind, owner + "." + number, title, note, points, stars, line, List.of());
		}

	}

}
