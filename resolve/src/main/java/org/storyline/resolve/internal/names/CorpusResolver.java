package org.storyline.resolve.internal.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.Attribute;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.StableId;
import org.storyline.resolve.names.LocalEntity;

/**
 * Cross-document entity resolution; see {@link org.storyline.resolve.names.CorpusEntities}.
 *
 * <p>Design decision: the documents' entities are clustered in one canonical order (people with full names first,
 * most mentioned first, then by folded name and first mention), not in the order documents arrived, so the result
 * never depends on input order. Each person cluster is anchored on the name that founded it and a candidate joins the
 * closest anchor it matches, never a chain of matches; candidates come from a sound-class index of surnames
 * (consonant classes and their one-letter deletions), which keeps the work near-linear.
 */
public final class CorpusResolver {
    private static final List<String> ATTRIBUTE_ORDER = List.of("title", "role", "nationality", "age", "affiliation",
            "award", "sanction");

    private CorpusResolver() {
    }

    /** One document's entity, with what clustering needs of it. */
    private record Local(LocalEntity entity, PersonName name, Set<String> nationalities, String folded,
                         Mention first) {
    }

    /** People found to be one. */
    private static final class Cluster {
        final PersonName anchor;
        final int order;
        final List<Local> members = new ArrayList<>();
        final Set<String> nationalities = new HashSet<>();
        int mentions;

        Cluster(PersonName anchor, int order) {
            this.anchor = anchor;
            this.order = order;
        }

        void add(Local l) {
            members.add(l);
            nationalities.addAll(l.nationalities());
            mentions += l.entity().mentions().size();
        }

        boolean compatible(Local l) {
            return nationalities.isEmpty() || l.nationalities().isEmpty()
                    || nationalities.stream().anyMatch(l.nationalities()::contains);
        }
    }

    public static List<Entity> resolve(List<LocalEntity> entities) {
        List<Local> locals = new ArrayList<>(entities.size());
        for (LocalEntity e : entities) {
            Set<String> nationalities = new HashSet<>();
            for (Attribute a : e.attributes()) {
                if (a.key().equals("nationality")) {
                    nationalities.add(a.value());
                }
            }
            Mention first = e.mentions().stream().min(MENTION_ORDER).orElseThrow();
            PersonName name = e.type() == EntityType.PERSON ? PersonName.parse(e.name()) : null;
            locals.add(new Local(e, name, nationalities, Fold.words(e.name()), first));
        }
        locals.sort(Comparator.comparing((Local l) -> l.entity().type())
                .thenComparing((Local l) -> l.name() != null && l.name().isFull() ? 0 : 1)
                .thenComparing((Local l) -> -l.entity().mentions().size())
                .thenComparing(Local::folded)
                .thenComparing(Local::first, MENTION_ORDER));
        List<List<Local>> clusters = new ArrayList<>();
        List<Local> people = new ArrayList<>();
        List<Local> orgs = new ArrayList<>();
        List<Local> rest = new ArrayList<>();
        for (Local l : locals) {
            switch (l.entity().type()) {
                case PERSON -> {
                    if (l.name().isEmpty()) {
                        rest.add(l);
                    } else {
                        people.add(l);
                    }
                }
                case ORG -> orgs.add(l);
                default -> rest.add(l);
            }
        }
        clusters.addAll(people(people));
        clusters.addAll(organisations(orgs));
        clusters.addAll(byFoldedName(rest));
        return build(clusters);
    }

    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::article)
            .thenComparingInt(m -> m.span().start()).thenComparingInt(m -> m.span().end());

    // ---------------------------------------------------------------- people

    private static List<List<Local>> people(List<Local> people) {
        List<Cluster> full = new ArrayList<>();
        Map<String, List<Cluster>> index = new HashMap<>();
        List<Local> surnameOnly = new ArrayList<>();
        // the same written name decides the same way: decided once, reused while the nationalities agree
        Map<String, Cluster> decided = new HashMap<>();
        for (Local l : people) {
            if (!l.name().isFull()) {
                surnameOnly.add(l);
                continue;
            }
            String same = l.name().parts().stream().map(PersonName.Part::letters).reduce("", (x, y) -> x + " " + y)
                    + (l.name().surnameFirst() ? " /sf" : "") + (l.name().junior() ? " /jr" : "");
            Cluster known = decided.get(same);
            if (known != null && known.compatible(l)) {
                known.add(l);
                continue;
            }
            Cluster best = null;
            double bestDistance = NameMatcher.NO;
            for (Cluster c : candidates(index, l.name().family())) {
                double d = NameMatcher.fullNames(c.anchor, l.name());
                if (d == NameMatcher.NO || !c.compatible(l)) {
                    continue;
                }
                if (best == null || d < bestDistance || (d == bestDistance && (c.mentions > best.mentions
                        || (c.mentions == best.mentions && c.order < best.order)))) {
                    best = c;
                    bestDistance = d;
                }
            }
            if (best == null) {
                best = new Cluster(l.name(), full.size());
                full.add(best);
                for (String key : blockKeys(l.name().family())) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(best);
                }
            }
            best.add(l);
            decided.putIfAbsent(same, best);
        }
        // a surname alone joins the one full name it fits in the corpus; otherwise it stays with its namesakes
        List<Cluster> surnames = new ArrayList<>();
        Map<String, List<Cluster>> surnameIndex = new HashMap<>();
        Map<String, List<Cluster>> fitting = new HashMap<>();
        for (Local l : surnameOnly) {
            List<Cluster> byName = fitting.computeIfAbsent(l.name().parts().stream().map(PersonName.Part::letters)
                    .reduce("", (x, y) -> x + " " + y), k -> {
                List<Cluster> out = new ArrayList<>();
                for (Cluster c : candidates(index, l.name().parts())) {
                    if (NameMatcher.surnameOf(l.name(), c.anchor) != NameMatcher.NO) {
                        out.add(c);
                    }
                }
                return out;
            });
            Set<Cluster> fits = new LinkedHashSet<>();
            for (Cluster c : byName) {
                if (c.compatible(l)) {
                    fits.add(c);
                }
            }
            Cluster chosen = fits.size() == 1 ? fits.iterator().next() : null;
            if (chosen == null) {
                for (Cluster c : candidates(surnameIndex, l.name().parts())) {
                    if (c.compatible(l) && NameMatcher.surnames(c.anchor, l.name()) != NameMatcher.NO
                            && (chosen == null || c.order < chosen.order)) {
                        chosen = c;
                    }
                }
            }
            if (chosen == null) {
                Cluster c = new Cluster(l.name(), surnames.size());
                surnames.add(c);
                for (String key : blockKeys(l.name().parts())) {
                    surnameIndex.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
                chosen = c;
            }
            chosen.add(l);
        }
        List<List<Local>> out = new ArrayList<>();
        for (Cluster c : full) {
            out.add(c.members);
        }
        for (Cluster c : surnames) {
            out.add(c.members);
        }
        return out;
    }

    private static Set<Cluster> candidates(Map<String, List<Cluster>> index, List<PersonName.Part> parts) {
        Set<Cluster> out = new LinkedHashSet<>();
        for (String key : blockKeys(parts)) {
            List<Cluster> l = index.get(key);
            if (l != null) {
                out.addAll(l);
            }
        }
        return out;
    }

    /**
     * Sound-class keys of name words ({@link Skeleton#consonants}), and the class less one s: two words within their
     * budget of cheap changes (no budget admits a dear one) share one of these keys.
     */
    static Set<String> blockKeys(List<PersonName.Part> parts) {
        Set<String> keys = new HashSet<>();
        for (PersonName.Part p : parts) {
            if (p.initial()) {
                continue;
            }
            String c = Skeleton.consonants(p.key());
            keys.add(c);
            for (int i = 0; i < c.length(); i++) {
                if (c.charAt(i) == 's') {
                    keys.add(collapse(c.substring(0, i) + c.substring(i + 1)));
                }
            }
        }
        return keys;
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (b.isEmpty() || b.charAt(b.length() - 1) != s.charAt(i)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- organisations and the rest

    private static List<List<Local>> organisations(List<Local> orgs) {
        int n = orgs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Set<Integer>> definers = new TreeMap<>();
        List<Integer> acronymOnly = new ArrayList<>();
        boolean[] onlyAcronyms = new boolean[n];
        for (int i = 0; i < n; i++) {
            LocalEntity e = orgs.get(i).entity();
            boolean longForm = false;
            for (String form : forms(e)) {
                if (DocumentResolver.acronymLike(form)) {
                    continue;
                }
                longForm = true;
                Integer j = byKey.putIfAbsent(OrgName.key(form), i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
            if (!longForm) {
                acronymOnly.add(i);
                onlyAcronyms[i] = true;
                Integer j = byKey.putIfAbsent("\u0000" + Fold.letters(e.name()), i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            LocalEntity e = orgs.get(i).entity();
            if (onlyAcronyms[i]) {
                continue;
            }
            for (String form : forms(e)) {
                if (DocumentResolver.acronymLike(form)) {
                    definers.computeIfAbsent(Fold.letters(form), k -> new TreeSet<>()).add(i);
                }
            }
        }
        // an acronym alone joins the one long form defined with it, when only one is
        for (int i : acronymOnly) {
            Set<Integer> roots = new TreeSet<>();
            for (int d : definers.getOrDefault(Fold.letters(orgs.get(i).entity().name()), Set.of())) {
                roots.add(find(parent, d));
            }
            if (roots.size() == 1) {
                union(parent, i, roots.iterator().next());
            }
        }
        return components(orgs, parent);
    }

    private static List<List<Local>> byFoldedName(List<Local> locals) {
        int n = locals.size();
        int[] parent = new int[n];
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            LocalEntity e = locals.get(i).entity();
            for (String form : forms(e)) {
                Integer j = byKey.putIfAbsent(e.type() + ":" + Fold.words(form), i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        return components(locals, parent);
    }

    private static Set<String> forms(LocalEntity e) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(e.name());
        forms.addAll(e.aliases());
        return forms;
    }

    private static List<List<Local>> components(List<Local> locals, int[] parent) {
        Map<Integer, List<Local>> byRoot = new TreeMap<>();
        for (int i = 0; i < locals.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(locals.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    // ---------------------------------------------------------------- output

    private static List<Entity> build(List<List<Local>> clusters) {
        record Draft(EntityType type, String name, String key, List<String> aliases, List<Mention> mentions,
                     List<Attribute> attributes) {
        }
        List<Draft> drafts = new ArrayList<>();
        Map<String, String> displays = new HashMap<>();
        for (List<Local> members : clusters) {
            EntityType type = members.getFirst().entity().type();
            Map<String, Integer> counts = new HashMap<>();
            Set<String> aliases = new TreeSet<>();
            TreeSet<Mention> mentions = new TreeSet<>(MENTION_ORDER);
            Map<String, AttributeDraft> attributes = new TreeMap<>();
            for (Local l : members) {
                LocalEntity e = l.entity();
                for (Mention m : e.mentions()) {
                    String form = type == EntityType.PERSON
                            ? displays.computeIfAbsent(m.text(), t -> PersonName.parse(t).display()) : m.text();
                    if (!form.isBlank()) {
                        counts.merge(form, 1, Integer::sum);
                    }
                }
                mentions.addAll(e.mentions());
                mentions.addAll(e.references());
                aliases.add(e.name());
                aliases.addAll(e.aliases());
                for (Attribute a : e.attributes()) {
                    String k = a.key() + "\u0000" + a.value().toLowerCase(Locale.ROOT);
                    attributes.computeIfAbsent(k, x -> new AttributeDraft(a.key())).add(a);
                }
            }
            if (counts.isEmpty()) {
                counts.put(members.getFirst().entity().name(), 1);
            }
            String name = Canonical.choose(type, counts);
            aliases.addAll(counts.keySet());
            aliases.remove(name);
            List<Attribute> attrs = new ArrayList<>();
            for (AttributeDraft d : attributes.values()) {
                attrs.add(d.attribute());
            }
            attrs.sort(Comparator.comparingInt((Attribute a) -> {
                int i = ATTRIBUTE_ORDER.indexOf(a.key());
                return i < 0 ? ATTRIBUTE_ORDER.size() : i;
            }).thenComparing(Attribute::key).thenComparing(Attribute::value));
            drafts.add(new Draft(type, name, Fold.words(name), List.copyOf(aliases), List.copyOf(mentions), attrs));
        }
        // ids: type and folded canonical name; namesakes kept apart get their first mention added
        Map<String, List<Draft>> byBase = new HashMap<>();
        for (Draft d : drafts) {
            byBase.computeIfAbsent(StableId.of('e', d.type(), d.key()), k -> new ArrayList<>()).add(d);
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Draft>> e : byBase.entrySet()) {
            List<Draft> same = e.getValue();
            same.sort(Comparator.comparing((Draft d) -> d.mentions().getFirst(), MENTION_ORDER));
            for (int i = 0; i < same.size(); i++) {
                Draft d = same.get(i);
                Mention first = d.mentions().getFirst();
                String id = i == 0 ? e.getKey()
                        : StableId.of('e', d.type(), d.key(), first.article(), first.span().start());
                out.add(new Entity(id, d.type(), d.name(), d.aliases(), d.mentions(), d.attributes(), null));
            }
        }
        out.sort(Comparator.comparing(Entity::type).thenComparing(Entity::name).thenComparing(Entity::id));
        return out;
    }

    /** One dossier fact as the documents write it: the most common spelling, every source. */
    private static final class AttributeDraft {
        final String key;
        final Map<String, Integer> spellings = new TreeMap<>();
        final TreeSet<String> sources = new TreeSet<>();

        AttributeDraft(String key) {
            this.key = key;
        }

        void add(Attribute a) {
            spellings.merge(a.value(), a.sources().size(), Integer::sum);
            sources.addAll(a.sources());
        }

        Attribute attribute() {
            String best = null;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (best == null || e.getValue() > spellings.get(best)) {
                    best = e.getKey();
                }
            }
            return new Attribute(key, best, List.copyOf(sources));
        }
    }
}
