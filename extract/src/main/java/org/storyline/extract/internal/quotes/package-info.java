/**
 * The English rules behind {@code QuoteFinder}: quotation marks, units, frames of saying, speakers and hedges.
 * Please don't depend on the APIs implemented here.
 */
package org.storyline.extract.internal.quotes;
