/**
 * Internals of story clustering and near-duplicate detection. Please don't depend on the classes here: use
 * {@link org.storyline.stories.StoryClusterer} and {@link org.storyline.stories.Syndication}.
 */
package org.storyline.stories.internal;
