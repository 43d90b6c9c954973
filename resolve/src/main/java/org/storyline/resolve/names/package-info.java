/**
 * Entity resolution for people and organisations: {@link org.storyline.resolve.names.DocumentEntities} joins the
 * name mentions of one document into {@link org.storyline.resolve.names.LocalEntity local entities} with dossier
 * facts, and {@link org.storyline.resolve.names.CorpusEntities} joins those across documents into
 * {@link org.storyline.model.Entity entities}.
 */
package org.storyline.resolve.names;
