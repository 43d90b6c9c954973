/**
 * The rules behind {@link org.storyline.extract.events.EventFinder}: lexicon, part-of-speech tags, chunks, roles,
 * places, dates, counts and the merging of mentions. Please don't depend on the APIs implemented here.
 */
package org.storyline.extract.internal.events;
