package org.storyline.language.internal;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.storyline.language.Name;
import org.storyline.language.Sentence;
import org.storyline.model.Span;

/**
 * Sentences, tokens and names with CoreNLP in its fast configuration: the tokenizer and sentence splitter, then the
 * CoNLL 4-class CRF alone (no regexner, SUTime or numeric classifiers: dates and numbers are ours). A sentence
 * written in capitals goes to the caseless model. Weekdays and months written as dates are no names
 * ({@link DateNames}).
 */
public final class NameTagger {
    private static final String CASED = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final String CASELESS = "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    private final StanfordCoreNLP splitter;
    private final CRFClassifier<CoreLabel> cased;
    private final CRFClassifier<CoreLabel> caseless;
    private final Set<String> demonyms;

    private NameTagger(StanfordCoreNLP splitter, CRFClassifier<CoreLabel> cased, CRFClassifier<CoreLabel> caseless,
                       Set<String> demonyms) {
        this.splitter = splitter;
        this.cased = cased;
        this.caseless = caseless;
        this.demonyms = demonyms;
    }

    /** Loads the tokenizer and both CRF models from the classpath. */
    public static NameTagger load() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP splitter = new StanfordCoreNLP(props);
        return new NameTagger(splitter, classifier(CASED), classifier(CASELESS), demonyms());
    }

    private static CRFClassifier<CoreLabel> classifier(String resource) {
        try {
            return CRFClassifier.getClassifier(resource);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the NER model " + resource + " from the classpath: " + e.getMessage(), e);
        }
    }

    private static Set<String> demonyms() {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameTagger.class.getClassLoader().getResourceAsStream(DEMONYMS)) {
            if (in == null) {
                throw new IllegalStateException("the demonym list " + DEMONYMS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int i = 1; i < cols.length; i++) {
                    if (!cols[i].isBlank()) {
                        out.add(cols[i].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The sentences and names of a text. */
    public record Tagged(List<Sentence> sentences, List<Name> names) {
    }

    /** The sentences and names of a text whose temporal expressions are not known. */
    public Tagged tag(String text) {
        return tag(text, List.of());
    }

    /**
     * The sentences and names of a text.
     *
     * @param times where the text's temporal expressions are: a weekday or month inside a longer one is no name
     */
    public Tagged tag(String text, List<Span> times) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            List<Span> spans = new ArrayList<>(tokens.size());
            List<String> words = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                spans.add(new Span(t.beginPosition(), t.endPosition()));
                words.add(t.word());
            }
            sentences.add(new Sentence(new Span(tokens.getFirst().beginPosition(), tokens.getLast().endPosition()), spans));
            List<String> labels = DateNames.clear(words, classify(tokens), spans, times);
            int i = 0;
            while (i < tokens.size()) {
                String label = labels.get(i);
                if (label.equals("O")) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && labels.get(j).equals(label)) {
                    j++;
                }
                int start = tokens.get(i).beginPosition();
                int end = tokens.get(j - 1).endPosition();
                String mention = text.substring(start, end);
                names.add(new Name(new Span(start, end), mention, type(label, mention)));
                i = j;
            }
        }
        return new Tagged(sentences, names);
    }

    /** Labels for gold tokens. */
    public List<String> labels(List<String> words) {
        List<CoreLabel> tokens = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            label.setValue(w);
            label.setOriginalText(w);
            tokens.add(label);
        }
        return DateNames.clear(words, classify(tokens), null, List.of());
    }

    private List<String> classify(List<CoreLabel> tokens) {
        List<CoreLabel> copy = new ArrayList<>(tokens.size());
        int letters = 0;
        int upper = 0;
        for (CoreLabel t : tokens) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.word());
            c.setOriginalText(t.originalText());
            copy.add(c);
            String w = t.word();
            for (int k = 0; k < w.length(); k++) {
                char ch = w.charAt(k);
                if (Character.isLetter(ch)) {
                    letters++;
                    if (Character.isUpperCase(ch)) {
                        upper++;
                    }
                }
            }
        }
        boolean capitals = letters >= 8 && upper >= 0.9 * letters;
        // classifySentence, unlike classify, adds the word shapes and other features the models were trained with.
        List<CoreLabel> out = (capitals ? caseless : cased).classifySentence(copy);
        List<String> labels = new ArrayList<>(out.size());
        for (CoreLabel c : out) {
            String a = c.get(CoreAnnotations.AnswerAnnotation.class);
            labels.add(a == null ? "O" : a);
        }
        return labels;
    }

    private Name.Type type(String label, String mention) {
        return switch (label) {
            case "PERSON" -> Name.Type.PERSON;
            case "ORGANIZATION" -> Name.Type.ORGANIZATION;
            case "LOCATION" -> Name.Type.PLACE;
            default -> demonym(mention) ? Name.Type.GROUP : Name.Type.MISC;
        };
    }

    private boolean demonym(String mention) {
        if (demonyms.contains(mention)) {
            return true;
        }
        // "Pro-Russian", "Russian-speaking": the demonym part decides.
        for (String part : mention.split("[-\\s]")) {
            if (demonyms.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
