/** The stories stage: the same happening across outlets, merged, with facts and their sources and disagreements kept. */
package org.storyline.stories;
