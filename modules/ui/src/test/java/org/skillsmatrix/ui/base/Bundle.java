package org.skillsmatrix.ui.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** The English bundle as the views see it, through Vaadin's default provider, for tests. */
public final class Bundle implements Translator {

    public static final Bundle ENGLISH = new Bundle();

    private final DefaultI18NProvider provider = new DefaultI18NProvider(List.of(Locale.ENGLISH));
    private final ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);

    private Bundle() {}

    @Override
    public String translate(String key, Object... params) {
        if (!bundle.containsKey(key)) {
            throw new AssertionError("The bundle has no text for " + key);
        }
        return provider.getTranslation(key, Locale.ENGLISH, params);
    }

    @Override
    public Locale language() {
        return Locale.ENGLISH;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
