/**
 * From story text to syntax trees with positions. Parsing never throws at the author: every
 * problem becomes a {@link org.crossing.story.syntax.Diagnostic} and the parser goes on with the
 * next line. The trees here are consumed by {@link org.crossing.story.compile}.
 */
package org.crossing.story.syntax;
