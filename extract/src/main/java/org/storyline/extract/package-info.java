/** The extract stage: events with typed roles and counts, quotes and attributed claims with the reporter's hedges. */
package org.storyline.extract;
