/**
 * Quotes and attributed claims: who said what, the cue, and how the reporter framed it. The front door is
 * {@link org.storyline.extract.quotes.QuoteFinder}.
 */
package org.storyline.extract.quotes;
