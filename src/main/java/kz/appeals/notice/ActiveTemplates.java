package kz.appeals.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.appeals.appeal.Language;
import kz.appeals.catalogue.CatalogueCache;

/**
 * The active template of each notice kind and language, held in memory under the catalogues' version
 * (migration V93: a change of a template raises it). Each use reads the version as the catalogues do
 * (once per transaction) and reloads the templates when it moved, so a notice is written from the
 * template committed when its step was taken, without a query of its own.
 */
@ApplicationScoped
public class ActiveTemplates {

    /** What a notice is rendered from. */
    public record Active(String code, String text) {
    }

    private record Key(NoticeKind kind, Language language) {
    }

    private record Loaded(long version, Map<Key, Active> byKey) {
    }

    @Inject
    CatalogueCache catalogues;

    private volatile Loaded loaded;

    /** The active template of this kind and language, or null when there is none. */
    public Active of(NoticeKind kind, Language language) {
        long version = catalogues.current().version();
        Loaded current = loaded;
        if (current == null || current.version() != version) {
            // tagged with the version read before the templates: never newer-tagged than what it holds
            current = new Loaded(version, NoticeTemplate.<NoticeTemplate>list("active = true").stream()
                    .collect(Collectors.toUnmodifiableMap(t -> new Key(t.kind, t.language),
                            t -> new Active(t.code, t.text), (a, b) -> a)));
            loaded = current;
        }
        return current.byKey().get(new Key(kind, language));
    }
}
