package org.storyline.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.model.StableId;
import org.storyline.stories.internal.Clustering;
import org.storyline.stories.internal.NearDuplicates;
import org.storyline.stories.internal.Prepared;

/**
 * Story clustering, incremental and streaming: each new article joins the story about the same happening or opens
 * a new one, without re-clustering what came before.
 *
 * <p>Similarity is the TF-IDF cosine of the texts (document frequencies kept as articles arrive), raised or lowered
 * by the agreement of entity names, places and event types, with a penalty when both sides are dated and further
 * apart than a week. Candidates come from an inverted index over each article's rarest terms and names, so the cost of an
 * article does not grow with the number before it. Near-identical copies (syndicated wire stories) are found as
 * by {@link Syndication}: a story's {@link #independentOrigins independent origins} count each copied text once.
 *
 * <p>Results are deterministic and, within a small tolerance, independent of arrival order: at doubling checkpoints
 * and before {@link #stories()} returns, the clustering is settled (weights recomputed, close stories merged,
 * articles moved to the story they now fit best). A story is named {@code StableId.of('s', first)} after its
 * earliest article (by date, undated last, then id); so an id can change when an earlier article joins or two
 * stories merge: {@link #storyOf} gives the current one. Not thread-safe.
 */
public final class StoryClusterer {
    private final Options options;
    private final Clustering clustering;

    /**
     * Parameters of story clustering. The similarity of an article to a story is the TF-IDF cosine of their texts,
     * multiplied by {@code 1 + w (2 cos - 1)} for the names, places and event types (each where both sides have some;
     * {@code w} the block's weight, {@code cos} the cosine of the two sides' sets), and by the date factor.
     *
     * @param joinThreshold similarity from which an article joins a story
     * @param mergeThreshold similarity from which two stories merge when settling
     * @param splitThreshold an article whose similarity to the rest of its story falls below this leaves it when settling
     * @param nameWeight weight of the entity names, in [0, 1)
     * @param placeWeight weight of the places, in [0, 1)
     * @param eventTypeWeight weight of the event types, in [0, 1)
     * @param dateWindowDays articles whose day is this close to a story's mean day (beyond their own date's
     *     uncertainty) are not penalised
     * @param dateScaleDays beyond the window, the similarity is multiplied by {@code exp(-(gap - window) / scale)}
     * @param syndicationThreshold shingle Jaccard similarity from which two texts are copies of one origin
     * @param keysPerArticle how many of an article's highest-weighted terms index it and look up candidates
     * @param candidates how many candidate stories are compared in full with each article
     * @param postingsScanned how many of a key's most recent postings are read
     */
    public record Options(double joinThreshold, double mergeThreshold, double splitThreshold, double nameWeight,
                          double placeWeight, double eventTypeWeight, int dateWindowDays, double dateScaleDays,
                          double syndicationThreshold, int keysPerArticle, int candidates, int postingsScanned) {
        public Options {
            unit(joinThreshold, "joinThreshold");
            unit(mergeThreshold, "mergeThreshold");
            unit(splitThreshold, "splitThreshold");
            if (splitThreshold > joinThreshold) {
                throw new IllegalArgumentException("splitThreshold must not exceed joinThreshold: " + splitThreshold + " > " + joinThreshold);
            }
            weight(nameWeight, "nameWeight");
            weight(placeWeight, "placeWeight");
            weight(eventTypeWeight, "eventTypeWeight");
            if (dateWindowDays < 0) {
                throw new IllegalArgumentException("dateWindowDays must not be negative: " + dateWindowDays);
            }
            if (!(dateScaleDays > 0)) {
                throw new IllegalArgumentException("dateScaleDays must be positive: " + dateScaleDays);
            }
            if (!(syndicationThreshold > 0 && syndicationThreshold <= 1)) {
                throw new IllegalArgumentException("syndicationThreshold must be in (0, 1]: " + syndicationThreshold);
            }
            positive(keysPerArticle, "keysPerArticle");
            positive(candidates, "candidates");
            positive(postingsScanned, "postingsScanned");
        }

        /** The defaults: thresholds tuned on ECB+ (text alone), weights and dates on generated news. */
        public static Options defaults() {
            return new Options(0.20, 0.65, 0.10, 0.3, 0.5, 0.2, 7, 7, Syndication.DEFAULT_THRESHOLD, 20, 24, 256);
        }

        public Options withJoinThreshold(double value) {
            return new Options(value, mergeThreshold, Math.min(splitThreshold, value), nameWeight, placeWeight,
                    eventTypeWeight, dateWindowDays, dateScaleDays, syndicationThreshold, keysPerArticle, candidates, postingsScanned);
        }

        public Options withMergeThreshold(double value) {
            return new Options(joinThreshold, value, splitThreshold, nameWeight, placeWeight,
                    eventTypeWeight, dateWindowDays, dateScaleDays, syndicationThreshold, keysPerArticle, candidates, postingsScanned);
        }

        public Options withSplitThreshold(double value) {
            return new Options(joinThreshold, mergeThreshold, value, nameWeight, placeWeight,
                    eventTypeWeight, dateWindowDays, dateScaleDays, syndicationThreshold, keysPerArticle, candidates, postingsScanned);
        }

        public Options withWeights(double names, double places, double eventTypes) {
            return new Options(joinThreshold, mergeThreshold, splitThreshold, names, places,
                    eventTypes, dateWindowDays, dateScaleDays, syndicationThreshold, keysPerArticle, candidates, postingsScanned);
        }

        private static void unit(double v, String name) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
            }
        }

        private static void weight(double v, String name) {
            if (!(v >= 0 && v < 1)) {
                throw new IllegalArgumentException(name + " must be in [0, 1): " + v);
            }
        }

        private static void positive(int v, String name) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + v);
            }
        }
    }

    public StoryClusterer() {
        this(Options.defaults());
    }

    public StoryClusterer(Options options) {
        this.options = options;
        this.clustering = new Clustering(new Clustering.Settings(options.joinThreshold(), options.mergeThreshold(),
                options.splitThreshold(), new double[] {1, options.nameWeight(), options.placeWeight(),
                options.eventTypeWeight()}, options.dateWindowDays(), options.dateScaleDays(), options.keysPerArticle(),
                options.candidates(), options.postingsScanned()), options.syndicationThreshold());
    }

    public Options options() {
        return options;
    }

    /** Adds an article and returns the id of the story it joined or opened (see the class comment on ids). */
    public String add(StoryArticle article) {
        return storyId(clustering.add(prepare(article)));
    }

    /**
     * Adds articles in the given order, preparing their text (words, shingles, signatures) on all cores first, and
     * returns the id of the story each joined or opened at the time. The result is the same as adding them one by
     * one.
     */
    public List<String> addAll(List<StoryArticle> articles) {
        List<Prepared> prepared = articles.parallelStream().map(StoryClusterer::prepare).toList();
        Set<String> ids = new HashSet<>();
        for (StoryArticle a : articles) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("article " + a.id() + " appears twice in the batch");
            }
        }
        List<String> out = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
            out.add(storyId(clustering.add(p)));
        }
        return out;
    }

    /** The id of the story an article is in now, or {@code null} for an article never added. */
    public String storyOf(String articleId) {
        int s = clustering.storyOf(articleId);
        return s < 0 ? null : storyId(s);
    }

    /** Every story with its articles (earliest first by date, then by id), stories in id order; settled first. */
    public Map<String, List<String>> stories() {
        Map<String, List<String>> out = new TreeMap<>();
        for (List<String> members : clustering.stories()) {
            List<String> sorted = new ArrayList<>(members.subList(1, members.size()));
            sorted.sort(null);
            sorted.add(0, members.get(0));
            out.put(StableId.of('s', members.get(0)), List.copyOf(sorted));
        }
        return out;
    }

    /** Runs the re-check that {@link #stories()} runs, now. */
    public void settle() {
        clustering.settle();
    }

    /** How many articles were added. */
    public int size() {
        return clustering.articles();
    }

    /** The id of the earliest article the given one is a near-identical copy of (itself for an original). */
    public String origin(String articleId) {
        NearDuplicates d = clustering.duplicates();
        Integer i = d.indexOf(articleId);
        if (i == null) {
            throw new IllegalArgumentException("unknown article (never added): " + articleId);
        }
        return d.id(d.find(i));
    }

    /** How many independent origins the given articles have: a syndicated copy counts once with its original. */
    public int independentOrigins(Collection<String> articleIds) {
        Set<String> origins = new HashSet<>();
        for (String id : articleIds) {
            origins.add(origin(id));
        }
        return origins.size();
    }

    private String storyId(int story) {
        return StableId.of('s', clustering.storyKey(story));
    }

    private static Prepared prepare(StoryArticle a) {
        return Prepared.of(a.id(), Syndication.fullText(a), a.date(), a.names(), a.places(), a.eventTypes());
    }
}
