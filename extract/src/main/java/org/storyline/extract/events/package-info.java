/**
 * Events from a dispatch's text: {@link org.storyline.extract.events.EventFinder} is the front door; it returns
 * {@link org.storyline.model.Event} records as the export contract describes them.
 */
package org.storyline.extract.events;
