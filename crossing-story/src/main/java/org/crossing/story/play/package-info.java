/**
 * Playing a compiled story: {@link org.crossing.story.play.Engine} takes a {@link
 * org.crossing.story.play.State} and an {@link org.crossing.story.play.Action} to the next state,
 * purely and deterministically; {@link org.crossing.story.play.StateCodec} turns states into
 * compact bytes and back; {@link org.crossing.story.play.Narrator} resolves text for a state.
 */
package org.crossing.story.play;
