package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: the Lumo theme and its utility classes, from Vaadin's pre-compiled bundle, and the few styles
 * of our own in {@code META-INF/resources/styles.css}, a static resource that needs no frontend build, and the
 * page icon beside it (without one the browser asks for {@code /favicon.ico} on every page and gets a 404).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icon", "icons/icon.svg");
    }
}
