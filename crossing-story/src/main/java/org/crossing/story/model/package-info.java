/**
 * The compiled story: an immutable model that the engine plays and the checker explores.
 * Built only by {@link org.crossing.story.compile.StoryCompiler}; every reference in it is
 * resolved (scene targets are indexes, variables are slots) and every expression is typed.
 */
package org.crossing.story.model;
