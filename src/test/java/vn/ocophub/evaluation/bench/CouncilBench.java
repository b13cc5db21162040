package vn.ocophub.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.CouncilView;
import vn.ocophub.evaluation.MemberProgress;
import vn.ocophub.evaluation.ProductResult;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.RoundView;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.support.TestDatabaseEnvironment;

/**
 * Timing harness of the council benchmarks (docs/benchmarks.md, "Council results and score sheets"), not a test:
 * its name keeps it out of the normal runs. It loads the bench round (300 dossiers, nine scoring seats, with
 * {@code ocop.bench.council-round}) unless the database already has it, then times, in the service and without
 * HTTP, the results of the whole round as the office reads them and members' score sheets opened at random.
 * Run: {@code ./mvnw -q test -Dtest=CouncilBench -Dsurefire.failIfNoSpecifiedTests=false} (H2 in memory), or with
 * {@code -Docop.test.database=postgresql} and {@code OCOP_TEST_PG_URL} for PostgreSQL (see bench/council-load.sh).
 * Writes target/bench/council-bench-(h2|postgresql).txt. Knobs: {@code -Dbench.sheets} (2000),
 * {@code -Dbench.results} (20), {@code -Dbench.warmup} (15 calls of results first), {@code -Dbench.jfr=file.jfr} (a flight recording of the measured part).
 */
@SpringBootTest(properties = "ocop.bench.council-round=true")
class CouncilBench {

	@Autowired
	CouncilManagement councils;

	@Autowired
	RoundManagement rounds;

	@Autowired
	UserDetailsService accounts;

	@Test
	void timesResultsAndSheets() throws IOException, java.text.ParseException {
		CurrentUser office = account("vanphong.hatinh");
		RoundView round = rounds.list(office)
			.stream()
			.filter(r -> r.year() == 2027 && r.number() == 1 && "42".equals(r.provinceCode()))
			.findFirst()
			.orElseThrow();
		CouncilView council = councils.get(councils.councils(round.id(), office).get(0).id(), office);
		List<long[]> pairs = new ArrayList<>();
		List<String> members = new ArrayList<>();
		for (CouncilView.CouncilDossier dossier : council.dossiers()) {
			for (MemberProgress p : dossier.progress()) {
				if (p.seat().scores() && !p.recused()) {
					int index = members.indexOf(p.seat().username());
					if (index < 0) {
						members.add(p.seat().username());
						index = members.size() - 1;
					}
					pairs.add(new long[] { index, dossier.dossierId() });
				}
			}
		}
		List<CurrentUser> users = members.stream().map(this::account).toList();
		StringBuilder out = new StringBuilder();
		String database = TestDatabaseEnvironment.onPostgres() ? "postgresql" : "h2";
		out.append(String.format("# council bench, %s, round %d (%d dossiers), %d scoring members, %d sheets, nproc=%d%n",
				database, round.id(), council.dossiers().size(), members.size(), pairs.size(),
				Runtime.getRuntime().availableProcessors()));

		// -Dbench.jfr=file records the measured part with Java Flight Recorder (profile settings).
		jdk.jfr.Recording recording = null;
		if (System.getProperty("bench.jfr") != null) {
			recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
			recording.start();
		}
		int resultRuns = Integer.getInteger("bench.results", 20);
		// Warm-up: the JIT needs a few rounds' worth of calls before the numbers mean anything.
		for (int i = 0; i < Integer.getInteger("bench.warmup", 15); i++) {
			assertThat(councils.results(round.id(), office)).hasSize(council.dossiers().size());
		}
		long[] results = new long[resultRuns];
		List<ProductResult> last = List.of();
		for (int i = 0; i < resultRuns; i++) {
			long start = System.nanoTime();
			last = councils.results(round.id(), office);
			results[i] = System.nanoTime() - start;
		}
		out.append(line("results(round) as the office", results));
		out.append(String.format("  %d results, %d with a quorum, %d flagged%n", last.size(),
				last.stream().filter(r -> r.mean() != null).count(),
				last.stream().filter(r -> !r.flags().isEmpty()).count()));

		Random random = new Random(42);
		for (int i = 0; i < 300; i++) {
			long[] pair = pairs.get(random.nextInt(pairs.size()));
			councils.sheet(council.id(), pair[1], users.get((int) pair[0]));
		}
		int sheetRuns = Integer.getInteger("bench.sheets", 2000);
		long[] sheets = new long[sheetRuns];
		for (int i = 0; i < sheetRuns; i++) {
			long[] pair = pairs.get(random.nextInt(pairs.size()));
			long start = System.nanoTime();
			councils.sheet(council.id(), pair[1], users.get((int) pair[0]));
			sheets[i] = System.nanoTime() - start;
		}
		out.append(line("sheet(council, dossier, member)", sheets));
		if (recording != null) {
			recording.dump(Path.of(System.getProperty("bench.jfr")));
			recording.close();
		}
		System.out.print(out);
		Path file = Path.of("target/bench/council-bench-" + database + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	private static String line(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("%s: n=%d p50=%.1f ms p90=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", what,
				sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.95), ms(sorted, 0.99),
				sorted[sorted.length - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private CurrentUser account(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

}
