/**
 * The immutable records every stage passes on: documents and their dispatches, mentions, entities, events, quotes,
 * stories, and the provenance and diagnostics that keep each fact tied to its text.
 */
package org.storyline.model;
