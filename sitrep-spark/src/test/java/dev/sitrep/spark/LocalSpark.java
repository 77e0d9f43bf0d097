package dev.sitrep.spark;

import org.apache.spark.sql.SparkSession;

/** A small Spark in local mode for tests: two cores, no UI, few shuffle partitions. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("sitrep-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
