package dev.sitrep.clean;

import dev.sitrep.model.Flag;
import dev.sitrep.pipeline.Draft;
import dev.sitrep.pipeline.Stage;
import java.util.List;

/**
 * The clean stage: turns the text of a draft into clean paragraphs separated by a blank line, and raises the
 * flags a reader should see.
 *
 * <pre>
 *  paragraphs   one per line; hard-wrapped blocks joined                     ({@link Paragraphs})
 *  chrome       text dumps only: furniture, widgets, teasers, captions,
 *               source lines                                                 ({@link BoilerplateFilter})
 *  inline       text dumps only: promos, run-in captions; image markdown
 *               on every draft                                               ({@link InlineCleaner})
 *  translation  disclaimer paragraphs cut on every draft; flag on a
 *               disclaimer or dense artefacts                                ({@link MachineTranslationDetector})
 *  duplicates   repeated paragraphs kept once                                ({@link DuplicateParagraphs})
 *  spinning     flag on enough spinner signatures                            ({@link SpinDetector})
 * </pre>
 *
 * Text extracted from HTML was already stripped of chrome by the extractor, so only the steps that cannot hurt
 * running text run on it. Never throws; whatever was removed is recorded as a flag.
 */
public final class TextCleaner implements Stage {
    private final BoilerplateFilter chrome = new BoilerplateFilter();
    private final InlineCleaner inline = new InlineCleaner();
    private final MachineTranslationDetector translation = new MachineTranslationDetector();
    private final DuplicateParagraphs duplicates = new DuplicateParagraphs();
    private final SpinDetector spin = new SpinDetector();

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Draft apply(Draft draft) {
        var b = draft.article().toBuilder();
        List<String> ps = Paragraphs.split(draft.article().text());
        boolean boilerplate = false;
        if (!draft.fromHtml()) {
            Cleaned c = chrome.apply(ps);
            Cleaned i = inline.apply(c.paragraphs());
            boilerplate = c.changed() || i.changed();
            ps = i.paragraphs();
        } else {
            Cleaned i = inline.imagesOnly(ps);
            boilerplate = i.changed();
            ps = i.paragraphs();
        }
        MachineTranslationDetector.Verdict mt = translation.inspect(ps);
        ps = mt.paragraphs();
        Cleaned d = duplicates.apply(ps, draft.fromHtml());
        ps = d.paragraphs();
        String text = Paragraphs.join(ps);
        if (boilerplate || mt.disclaimer()) {
            b.flag(Flag.BOILERPLATE_REMOVED);
        }
        if (mt.translated()) {
            b.flag(Flag.MACHINE_TRANSLATED);
        }
        if (d.changed()) {
            b.flag(Flag.DUPLICATE_PARAGRAPHS_REMOVED);
        }
        if (spin.inspect(text).spun()) {
            b.flag(Flag.SPUN_TEXT);
        }
        return draft.withArticle(b.text(text).build());
    }
}
