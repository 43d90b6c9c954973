package org.storyline.extract.internal.events;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * Penn Treebank part-of-speech tags from CoreNLP's left3words tagger, with its caseless twin for sentences written
 * in capitals. The models (13 MB each) are copied into this module's classes at build time and load on first use;
 * tagging is thread-safe.
 *
 * <p>Design decision: only sentences that carry an event trigger are tagged (the tagger runs at ~15k tokens/s per
 * core, the language stage at ~40k), so extraction costs little on text without events.
 */
final class PartOfSpeech {
    private static final String CASED = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String CASELESS = "edu/stanford/nlp/models/pos-tagger/english-caseless-left3words-distsim.tagger";

    private static volatile MaxentTagger cased;
    private static volatile MaxentTagger caseless;

    private PartOfSpeech() {
    }

    /** Tags for the words of one sentence, one per word. */
    static String[] tag(List<String> words, boolean capitals) {
        MaxentTagger tagger = capitals ? caseless() : cased();
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel c = new CoreLabel();
            String form = treebank(w);
            c.setWord(form);
            c.setValue(form);
            labels.add(c);
        }
        List<TaggedWord> tagged = tagger.tagSentence(labels);
        String[] tags = new String[words.size()];
        for (int i = 0; i < tags.length; i++) {
            String form = treebank(words.get(i));
            // the caseless model reads "-lrb-" as a word: a bracket is a bracket whatever it says
            tags[i] = form.equals("-LRB-") || form.equals("-RRB-") ? form : tagged.get(i).tag();
        }
        return tags;
    }

    /** The form the tagger was trained on: Penn Treebank quotes and brackets. */
    private static String treebank(String w) {
        return switch (w) {
            case "\u201c", "\u00ab", "\u201e" -> "``";
            case "\u201d", "\u00bb" -> "''";
            case "\"" -> "''";
            case "(", "[" -> "-LRB-";
            case ")", "]" -> "-RRB-";
            case "\u2014", "\u2013" -> "--";
            default -> w.replace('\u2019', '\'').replace('\u2018', '`');
        };
    }

    private static MaxentTagger cased() {
        MaxentTagger t = cased;
        if (t == null) {
            synchronized (PartOfSpeech.class) {
                t = cased;
                if (t == null) {
                    t = load(CASED);
                    cased = t;
                }
            }
        }
        return t;
    }

    private static MaxentTagger caseless() {
        MaxentTagger t = caseless;
        if (t == null) {
            synchronized (PartOfSpeech.class) {
                t = caseless;
                if (t == null) {
                    t = load(CASELESS);
                    caseless = t;
                }
            }
        }
        return t;
    }

    private static MaxentTagger load(String resource) {
        if (PartOfSpeech.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("the part-of-speech model " + resource + " is missing from the classpath "
                    + "(extract/pom.xml copies it out of the CoreNLP models jar at build time)");
        }
        return new MaxentTagger(resource);
    }
}
