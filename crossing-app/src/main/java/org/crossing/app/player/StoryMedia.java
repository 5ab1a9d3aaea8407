package org.crossing.app.player;

import java.util.Set;
import java.util.TreeSet;
import org.crossing.story.model.Block;
import org.crossing.story.model.Chapter;
import org.crossing.story.model.Hotspot;
import org.crossing.story.model.Scene;
import org.crossing.story.model.Story;

/**
 * The files of a story's media folder that its pages can ask for: those its scenes name (images,
 * hotspots' photos and sounds, films, sounds, ambient loops, spot sounds, chapters' pictures and
 * sound beds, and their captions or transcripts) and its map. Nothing else in the folder is served: a draft left there is not published.
 */
final class StoryMedia {

    private StoryMedia() {}

    static Set<String> referenced(Story story, MapBackground map) {
        Set<String> files = new TreeSet<>();
        for (Scene scene : story.scenes()) {
            for (Block block : scene.blocks()) {
                switch (block) {
                    case Block.Image image -> {
                        add(files, image.file());
                        for (Hotspot hotspot : image.hotspots()) {
                            if (hotspot.target() instanceof Hotspot.PhotoTarget photo) add(files, photo.file());
                            if (hotspot.target() instanceof Hotspot.AudioTarget audio) add(files, audio.file(), audio.transcript());
                        }
                    }
                    case Block.Video video -> add(files, video.file(), video.captions());
                    case Block.Audio audio -> add(files, audio.file(), audio.transcript());
                    case Block.Paragraph paragraph -> { }
                    case Block.FactCard fact -> { }
                }
            }
            if (scene.ambient() != null) add(files, scene.ambient().file(), scene.ambient().captions());
            if (scene.sound() != null) add(files, scene.sound().file(), scene.sound().captions());
            Chapter chapter = scene.chapter();
            if (chapter != null && chapter.picture() != null) add(files, chapter.picture().file());
            if (chapter != null && chapter.bed() != null) add(files, chapter.bed().file(), chapter.bed().captions());
        }
        if (map != null) add(files, map.file());
        return Set.copyOf(files);
    }

    private static void add(Set<String> files, String... names) {
        for (String name : names) {
            if (name != null) files.add(name);
        }
    }
}
