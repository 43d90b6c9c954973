/** The REST API and the web UI over a store: {@code storyline serve}. */
package org.storyline.server;
