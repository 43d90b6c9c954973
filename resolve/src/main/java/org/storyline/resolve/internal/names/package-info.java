/**
 * Internals of name resolution: folding and transliteration keys, name parsing and matching, dossier patterns,
 * clustering. Please don't depend on the APIs here; use {@link org.storyline.resolve.names}.
 */
package org.storyline.resolve.internal.names;
