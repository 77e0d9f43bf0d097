package dev.sitrep.spark.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bin/sitrep-spark eval ...}: the job's harnesses, each printing its figures. */
@Command(name = "sitrep-spark eval", mixinStandardHelpOptions = true,
        subcommands = {SparkEval.Agreement.class, SparkEval.DedupScale.class},
        description = "Measures the Spark job: agreement with the single process and throughput, copy detection at scale.")
public final class SparkEval {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkEval()).execute(args));
    }

    static SparkSession session(String master) {
        return SparkSession.builder().master(master).appName("sitrep-eval")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "16")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** Where a harness runs: Spark's local mode on this machine's two cores unless told otherwise. */
    static final class MasterOption {
        @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE})")
        String master;
    }

    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = "The job against the single-process run on the public pages written as WARC.gz (plus generated copies).")
    static final class Agreement implements Callable<Integer> {
        @Mixin
        MasterOption master;

        @Option(names = "--limit", defaultValue = "100000", description = "pages of the gold used at most")
        int limit;

        @Option(names = "--rounds", defaultValue = "3",
                description = "timed runs of each, alternating; medians reported (default: ${DEFAULT-VALUE})")
        int rounds;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("sitrep-agreement");
            try (SparkSession spark = session(master.master)) {
                AgreementEval.Figures f = AgreementEval.run(spark, dir, limit, rounds);
                if (f.articles() == 0) {
                    System.err.println("sitrep-spark eval: no gold pages found (../shared/data)");
                    return 1;
                }
                System.out.println(f.describe());
                return 0;
            } finally {
                org.apache.commons.io.FileUtils.deleteQuietly(dir.toFile());
            }
        }
    }

    @Command(name = "dedup-scale", mixinStandardHelpOptions = true,
            description = "Copy detection over generated articles with known copy groups, distributed.")
    static final class DedupScale implements Callable<Integer> {
        @Mixin
        MasterOption master;

        @Option(names = "--articles", defaultValue = "1000000", description = "articles generated (default: ${DEFAULT-VALUE})")
        long articles;

        @Option(names = "--partitions", defaultValue = "16", description = "shuffle partitions (default: ${DEFAULT-VALUE})")
        int partitions;

        @Override
        public Integer call() throws Exception {
            try (SparkSession spark = session(master.master)) {
                System.out.println(DedupScaleEval.run(spark, articles, partitions).describe());
                return 0;
            }
        }
    }
}
