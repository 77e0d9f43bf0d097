package dev.sitrep.cli;

import dev.sitrep.query.EntityProfile;
import dev.sitrep.query.EntitySummary;
import dev.sitrep.query.KnowledgeBaseRoles;
import dev.sitrep.query.Role;
import dev.sitrep.server.JsonViews;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep entity}: an actor's profile: names, roles, mentions per day, quotes, company and coverage. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"Shows what the store knows of one entity, given by id, name or alias (the most mentioned when several match):",
                "aliases, roles, mentions per day, what it said (newest first), who it is mentioned with, who covers it."})
final class EntityCommand implements Callable<Integer> {
    /** Days listed in the human profile; JSON has them all. */
    static final int DAYS_SHOWN = 14;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption data;

    @Parameters(arity = "1..*", paramLabel = "NAME|ID", description = "the entity; several words are joined by spaces")
    List<String> name;

    @Option(names = "--quotes", paramLabel = "N", defaultValue = "10", description = "most quotes shown (default: ${DEFAULT-VALUE})")
    int quotes;

    @Option(names = "--json", description = "one JSON object, as GET /api/entities/{id} answers")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String wanted = String.join(" ", name);
        return StoreQuery.run(spec, data, store -> print(wanted, store.entity(wanted, Math.max(1, quotes), KnowledgeBaseRoles.shipped())));
    }

    private int print(String wanted, Optional<EntityProfile> found) {
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("sitrep: no entity with id, name or alias \"" + wanted + "\"");
            return ExitCodes.FAILED;
        }
        if (json) {
            out.println(JsonViews.profile(found.get()));
        } else {
            print(out, found.get());
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, EntityProfile p) {
        EntitySummary e = p.entity();
        out.println(e.name() + " (" + e.type() + ")  id " + e.id());
        out.println("  aliases: " + (e.aliases().isEmpty() ? "none" : String.join(", ", e.aliases())));
        out.println("  roles: " + (p.roles().isEmpty() ? "none known" : p.roles().stream().map(EntityCommand::role)
                .collect(Collectors.joining("; "))));
        out.println("  mentions: " + e.mentions() + " in " + e.articles() + " article" + (e.articles() == 1 ? "" : "s"));
        List<Map.Entry<java.time.LocalDate, Long>> days = List.copyOf(p.mentionsPerDay().entrySet());
        for (Map.Entry<java.time.LocalDate, Long> d : days.subList(Math.max(0, days.size() - DAYS_SHOWN), days.size())) {
            out.println("    " + d.getKey() + "  " + d.getValue());
        }
        out.println("  said (newest first):" + (p.quotes().isEmpty() ? " nothing quoted" : ""));
        p.quotes().forEach(q -> out.println("    " + QuoteListing.day(q) + "  "
                + (q.publisher() == null ? "(unknown publisher)" : q.publisher()) + "  [" + q.articleId() + "]  \u201c"
                + q.quote().text().replaceAll("\\s+", " ").strip() + "\u201d"));
        out.println("  mentioned with: " + (p.coMentions().isEmpty() ? "nobody" : p.coMentions().stream()
                .map(c -> c.name() + " (" + c.count() + ")").collect(Collectors.joining(", "))));
        out.println("  publishers: " + p.publishers().entrySet().stream()
                .map(x -> x.getKey() + " (" + x.getValue() + ")").collect(Collectors.joining(", ")));
    }

    /** "US Secretary of Defense, 2025-01-25 –": an open end means in office. */
    static String role(Role r) {
        return r.role() + ", " + (r.from() == null ? "?" : r.from()) + " \u2013" + (r.to() == null ? "" : " " + r.to());
    }
}
