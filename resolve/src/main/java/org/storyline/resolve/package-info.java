/** The resolve stage: one entity per real person, organisation and place, with variants, places geocoded, and dossiers. */
package org.storyline.resolve;
