package dev.sitrep.store.search;

import dev.sitrep.query.QuerySyntaxException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Lucene's classic parser held to {@link QueryLimits}: each wildcard, prefix, fuzzy and regular-expression
 * term is checked before its automaton is built, and a query may hold only so many of them. One parser per
 * query (it counts the terms it has seen).
 *
 * <p>The multi-field parser asks for one term query per field; a term is counted once however many fields it
 * goes to, since the bound is on what the user typed.
 */
final class LimitedQueryParser extends MultiFieldQueryParser {
    private final String query;
    private final Set<String> expanding = new HashSet<>();

    LimitedQueryParser(String query, String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
        this.query = query;
        setDefaultOperator(Operator.AND);
        setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (field != null && !termStr.startsWith("*") && !termStr.startsWith("?")) {
            checkWildcards(termStr, termStr);
        }
        // A leading wildcard is left to the parser, whose own error names it.
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (field != null) {
            checkWildcards(termStr + "*", termStr + "*");
        }
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (field != null) {
            count(termStr, "~");
        }
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        if (field != null) {
            checkRegexp(termStr);
        }
        try {
            return super.getRegexpQuery(field, termStr);
        } catch (QuerySyntaxException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error("/" + termStr + "/", "the regular expression /" + termStr + "/ does not parse: " + e.getMessage());
        }
    }

    private void checkWildcards(String term, String typed) {
        int first = firstWildcard(term);
        if (first < QueryLimits.MIN_WILDCARD_PREFIX) {
            throw error(typed, "a wildcard needs at least " + QueryLimits.MIN_WILDCARD_PREFIX
                    + " characters before it (\"" + typed + "\" matches too many words)");
        }
        long wildcards = term.chars().filter(c -> c == '*' || c == '?').count();
        if (wildcards > QueryLimits.MAX_WILDCARDS) {
            throw error(typed, "a term may hold at most " + QueryLimits.MAX_WILDCARDS + " wildcards (\"" + typed + "\" has " + wildcards + ")");
        }
        count(typed, "");
    }

    private void checkRegexp(String regexp) {
        String typed = "/" + regexp + "/";
        if (regexp.length() > QueryLimits.MAX_REGEXP_LENGTH) {
            throw error(typed, "regular expressions are limited to " + QueryLimits.MAX_REGEXP_LENGTH + " characters");
        }
        RegExp parsed;
        try {
            // Parsing is cheap and recursion is bounded by the length; building the automaton is what costs.
            parsed = new RegExp(regexp);
        } catch (QuerySyntaxException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(typed, "the regular expression " + typed + " does not parse: " + e.getMessage());
        }
        long states = states(parsed);
        if (states > QueryLimits.MAX_REGEXP_STATES) {
            throw error(typed, "regular expressions are limited to " + QueryLimits.MAX_REGEXP_STATES
                    + " automaton states; " + typed + " would build about " + states + " (use a smaller {min,max})");
        }
        count(typed, "");
    }

    private void count(String typed, String suffix) {
        if (expanding.add(typed) && expanding.size() > QueryLimits.MAX_EXPANDING_TERMS) {
            throw error(typed + suffix, "a query may hold at most " + QueryLimits.MAX_EXPANDING_TERMS
                    + " wildcard, fuzzy or regular-expression terms");
        }
    }

    /**
     * An upper estimate of the states the expression's automaton has before determinization: repetition
     * multiplies its operand, everything else adds. Saturates instead of overflowing.
     */
    static long states(RegExp e) {
        if (e == null) {
            return 0;
        }
        long inner = Math.min(states(e.exp1) + states(e.exp2), Integer.MAX_VALUE);
        return switch (e.kind) {
            case REGEXP_STRING -> e.s.codePointCount(0, e.s.length());
            case REGEXP_REPEAT, REGEXP_OPTIONAL -> inner + 1;
            case REGEXP_REPEAT_MIN -> Math.min(inner * (e.min + 1L), Integer.MAX_VALUE);
            case REGEXP_REPEAT_MINMAX -> Math.min(inner * Math.max(e.max, 1L), Integer.MAX_VALUE);
            case REGEXP_INTERVAL -> 10L * Math.max(e.digits, String.valueOf(e.max).length());
            default -> inner + 1;
        };
    }

    private static int firstWildcard(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                return i;
            }
        }
        return term.length();
    }

    private QuerySyntaxException error(String typed, String reason) {
        return new QuerySyntaxException(query, query.indexOf(typed), reason, null);
    }
}
