package dev.sitrep.query;

import dev.sitrep.events.PloverType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An event listing.
 *
 * @param actor     an actor's name, alias, entity id, or whom it acts for ("Russia" finds Moscow, the Kremlin and
 *                  Lavrov), or null for everyone
 * @param role      where the actor must stand: source, target or either
 * @param type      a PLOVER type ("THREATEN", any case), or null for every type
 * @param q         words (classic syntax) searched in the reporting sentence, or null
 * @param publisher the publisher exactly or a phrase of its name, or null
 * @param from      first publication day included, or null
 * @param to        last publication day included, or null
 * @param order     newest first, or most reported first
 * @param limit     most events returned, at least 1
 */
public record EventRequest(String actor, ActorRole role, String type, String q, String publisher, LocalDate from,
        LocalDate to, Order order, int limit) {
    /** Where an actor stands in an event. */
    public enum ActorRole { ANY, SOURCE, TARGET }

    /** How events are listed. */
    public enum Order { NEWEST, REPORTS }

    public EventRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        role = role == null ? ActorRole.ANY : role;
        order = order == null ? Order.NEWEST : order;
        actor = blankToNull(actor);
        q = blankToNull(q);
        publisher = blankToNull(publisher);
        type = blankToNull(type) == null ? null : typeNamed(type);
    }

    /** The PLOVER type named (any case; DEMAND and DISAPPROVE as their later names). */
    private static String typeNamed(String name) {
        try {
            return PloverType.ofName(name).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type \"" + name.strip() + "\"; one of "
                    + Arrays.stream(PloverType.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }

    /**
     * The constant of {@code kind} that {@code value} names, in any case ("source", "reports"), as the command line
     * and the API take a role or an order.
     *
     * @throws IllegalArgumentException naming the choices when {@code value} names none
     */
    public static <E extends Enum<E>> E choice(Class<E> kind, String value) {
        for (E e : kind.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("one of " + Arrays.stream(kind.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "))
                + ", not " + value);
    }

    /** Every event, newest first, up to {@code limit}. */
    public static EventRequest all(int limit) {
        return new EventRequest(null, ActorRole.ANY, null, null, null, null, null, Order.NEWEST, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
