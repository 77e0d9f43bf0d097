package dev.sitrep.spark;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import java.sql.Date;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet form of the output: one row per article with the fields an analyst filters on as columns and the
 * whole JSON Lines record beside them (nothing is lost), partitioned by publication day
 * ({@code day=2025-06-01}, {@code day=undated}) so that a query over a week reads a week.
 */
final class Outputs {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("publisher", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("publishedInferred", DataTypes.BooleanType, false)
            .add("duplicateOf", DataTypes.StringType)
            .add("story", DataTypes.StringType)
            .add("quotes", DataTypes.IntegerType, false)
            .add("entities", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType)
            .add("json", DataTypes.StringType, false)
            .add("day", DataTypes.StringType, false);

    private Outputs() {
    }

    static void parquet(SparkSession spark, JavaRDD<String> lines, String dir) {
        JavaRDD<Row> rows = lines.map(Outputs::row);
        spark.createDataFrame(rows, SCHEMA).write().mode(SaveMode.ErrorIfExists).partitionBy("day").parquet(dir);
    }

    static Row row(String line) throws Exception {
        Article a = ArticleJson.fromLine(line);
        return RowFactory.create(a.id(), a.url(), a.title(), a.publisher(), a.author(), a.language(),
                a.published() == null ? null : Date.valueOf(a.published()), a.publishedInferred() != null,
                a.duplicateOf(), a.story(), a.quotes().size(), a.entities().size(), a.text(), line,
                a.published() == null ? "undated" : a.published().toString());
    }
}
