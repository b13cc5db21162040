package vn.ocophub.criteria.internal;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.ocophub.criteria.RuleFileException;

/**
 * A node of a rule file as SnakeYAML composed it, with the file and line it came from, and strict accessors:
 * an unknown key, a missing one or a value of the wrong kind is an error naming its line.
 */
final class YamlNode {

	private final String file;

	private final Node node;

	private YamlNode(String file, Node node) {
		this.file = file;
		this.node = node;
	}

	static YamlNode read(String file, Reader reader) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(0);
		try {
			Node root = new Yaml(options).compose(reader);
			if (root == null) {
				throw new RuleFileException(file, 1, "the file is empty");
			}
			return new YamlNode(file, root);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			throw new RuleFileException(file, line, "not valid YAML: " + ex.getProblem());
		}
		catch (org.yaml.snakeyaml.error.YAMLException ex) {
			throw new RuleFileException(file, 1, "not valid YAML: " + ex.getMessage());
		}
	}

	String file() {
		return file;
	}

	int line() {
		return node.getStartMark().getLine() + 1;
	}

	RuleFileException error(String problem) {
		return new RuleFileException(file, line(), problem);
	}

	/** The entries of a mapping, checked against the keys allowed and required. */
	Map<String, YamlNode> mapping(Set<String> allowed, Set<String> required) {
		if (!(node instanceof MappingNode mapping)) {
			throw error("expected a mapping with " + required);
		}
		Map<String, YamlNode> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			YamlNode key = new YamlNode(file, tuple.getKeyNode());
			String name = key.text();
			if (!allowed.contains(name)) {
				throw key.error("unknown key '" + name + "' (allowed: " + allowed + ")");
			}
			entries.put(name, new YamlNode(file, tuple.getValueNode()));
		}
		for (String name : required) {
			if (!entries.containsKey(name)) {
				throw error("missing key '" + name + "'");
			}
		}
		return entries;
	}

	List<YamlNode> list() {
		if (!(node instanceof SequenceNode sequence)) {
			throw error("expected a list");
		}
		return sequence.getValue().stream().map(child -> new YamlNode(file, child)).toList();
	}

	String text() {
		if (!(node instanceof ScalarNode scalar)) {
			throw error("expected a single value");
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty()) {
			throw error("the value is empty");
		}
		return value;
	}

	int integer() {
		String value = text();
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw error("'" + value + "' is not a whole number");
		}
	}

	boolean bool() {
		String value = text();
		if (!value.equals("true") && !value.equals("false")) {
			throw error("'" + value + "' is not true or false");
		}
		return Boolean.parseBoolean(value);
	}

}
