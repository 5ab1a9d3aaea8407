/**
 * From syntax trees to the {@link org.crossing.story.model.Story} model: reads a story folder,
 * resolves scene, variable, source and media names, checks types, and reports every problem as a
 * diagnostic with its position and a fix. {@link org.crossing.story.compile.StoryCompiler} is
 * the entry point.
 */
package org.crossing.story.compile;
