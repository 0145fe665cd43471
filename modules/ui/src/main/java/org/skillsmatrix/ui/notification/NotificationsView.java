package org.skillsmatrix.ui.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.SendReminders;
import org.skillsmatrix.domain.notification.SummaryFigure;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LanguageMenu;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The signed-in person's notifications, newest first: each says what is waiting and opens where to act (which
 * marks it read). Below them, whether they are e-mailed too and in which language; an admin can run the reminders
 * now.
 */
@Route(value = ViewRoutes.NOTIFICATIONS, layout = MainLayout.class)
@PermitAll
public final class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    /** How many of a digest's items the list names. */
    static final int ITEMS_SHOWN = 10;

    private final Actor actor;
    private final ReadNotifications notifications;
    private final Dates dates = Dates.forCurrentUi();

    final VerticalLayout list = new VerticalLayout();
    final Button markAllRead = new Button();
    final Checkbox email = new Checkbox();
    final Select<String> language = new Select<>();
    final Button save = new Button();
    final Binder<Settings> binder = new Binder<>(Settings.class);

    /** What the e-mail form edits. */
    static final class Settings {
        private boolean email;
        private String language = "";

        boolean isEmail() {
            return email;
        }

        void setEmail(boolean value) {
            email = value;
        }

        String getLanguage() {
            return language;
        }

        void setLanguage(String value) {
            language = value;
        }
    }

    public NotificationsView(CurrentUser currentUser, ReadNotifications notifications, SendReminders reminders) {
        this.actor = currentUser.actor();
        this.notifications = notifications;
        setId("notifications-view");
        setMaxWidth("60em");

        markAllRead.setText(getTranslation("notifications.mark-all-read"));
        markAllRead.setId("mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(event -> {
            notifications.markAllRead(actor);
            refresh();
        });
        list.setPadding(false);
        list.setId("notification-list");
        add(new Paragraph(getTranslation("notifications.intro")), markAllRead, list, settings());
        if (reminders.mayRun(actor)) {
            add(runReminders(reminders));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }

    private void refresh() {
        list.removeAll();
        var shown = notifications.list(actor);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.empty")));
        }
        shown.forEach(notification -> list.add(row(notification)));
        markAllRead.setEnabled(shown.stream().anyMatch(notification -> !notification.read()));
        var layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.notificationsChanged();
        }
    }

    private Component row(Notification notification) {
        var text = new Span(describe(notification));
        text.addClassName("notification-text");
        text.addClassNames(notification.read() ? LumoUtility.FontWeight.NORMAL : LumoUtility.FontWeight.SEMIBOLD);
        var open = new Button(getTranslation("notifications.open"), event -> {
            notifications.markRead(actor, notification.id());
            getUI().ifPresent(ui -> ui.navigate(notification.link()));
        });
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(open);
        if (!notification.read()) {
            var read = new Button(getTranslation("notifications.mark-read"), event -> {
                notifications.markRead(actor, notification.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        var headline = new Div(text, actions);
        headline.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.CENTER);

        var row = new Div(headline);
        var items = notification.items();
        if (items.size() > 1 || listed(notification.kind())) {
            // a digest can name hundreds: the first few, and how many more
            var list = new UnorderedList();
            items.stream().limit(ITEMS_SHOWN).forEach(item -> list.add(new ListItem(item(notification, item))));
            if (items.size() > ITEMS_SHOWN) {
                list.add(new ListItem(getTranslation("notifications.more", items.size() - ITEMS_SHOWN)));
            }
            list.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
            row.add(list);
        }
        var when = new Span(dates.formatDateTime(notification.createdAt()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        row.add(new Div(when));
        row.addClassNames(
                "notification",
                LumoUtility.Padding.SMALL,
                LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        row.setWidthFull();
        row.getElement().setAttribute("data-unread", Boolean.toString(!notification.read()));
        return row;
    }

    /** Kinds that name their items as a list below the text, even a single one. */
    private static boolean listed(NotificationKind kind) {
        return kind == NotificationKind.RATINGS_STALE
                || kind == NotificationKind.CERTIFICATES_EXPIRING
                || kind == NotificationKind.VALIDATIONS_WAITING
                || kind == NotificationKind.ORGANISATION_SUMMARY;
    }

    /** An item as the list names it: the summary's figures in the reader's words, any other as stored. */
    String item(Notification notification, String item) {
        if (notification.kind() != NotificationKind.ORGANISATION_SUMMARY) {
            return item;
        }
        var figure = SummaryFigure.parse(item);
        return getTranslation(
                "notifications.organisation-summary." + figure.name(),
                figure.values().toArray());
    }

    String describe(Notification notification) {
        return switch (notification.kind()) {
            case GOAL_DUE -> getTranslation("notifications.goal-due", first(notification), date(notification));
            case VALIDATIONS_WAITING ->
                getTranslation(
                        "notifications.validations-waiting",
                        notification.items().size());
            case RATINGS_STALE ->
                getTranslation(
                        "notifications.ratings-stale", notification.items().size());
            case CERTIFICATES_EXPIRING ->
                getTranslation(
                        "notifications.certificates-expiring",
                        notification.items().size());
            case CERTIFICATE_EXPIRING ->
                getTranslation("notifications.certificate-expiring", first(notification), date(notification));
            case CERTIFICATE_EXPIRED ->
                getTranslation("notifications.certificate-expired", first(notification), date(notification));
            case TARGET_UNMET -> getTranslation("notifications.target-unmet", first(notification), date(notification));
            case ORGANISATION_SUMMARY -> getTranslation("notifications.organisation-summary", date(notification));
        };
    }

    private static String first(Notification notification) {
        return String.join(", ", notification.items());
    }

    private String date(Notification notification) {
        var date = notification.date();
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(dates.locale())
                        .format(date);
    }

    private Component settings() {
        email.setLabel(getTranslation("notifications.settings.email"));
        email.setId("notification-email");
        language.setLabel(getTranslation("notifications.settings.language"));
        language.setId("notification-language");
        language.setHelperText(getTranslation("notifications.settings.language.helper"));
        var languages = new ArrayList<String>(List.of(""));
        LanguageMenu.available().forEach(locale -> languages.add(locale.getLanguage()));
        language.setItems(languages);
        language.setItemLabelGenerator(code -> code.isEmpty()
                ? getTranslation("notifications.settings.language.default")
                : Locale.of(code).getDisplayName(Locale.of(code)));
        binder.forField(email).bind(Settings::isEmail, Settings::setEmail);
        binder.forField(language).bind(Settings::getLanguage, Settings::setLanguage);
        var stored = notifications.settings(actor);
        var form = new Settings();
        form.setEmail(stored.email());
        var storedLanguage = stored.language();
        form.setLanguage(storedLanguage == null || !languages.contains(storedLanguage) ? "" : storedLanguage);
        binder.setBean(form);

        save.setText(getTranslation("notifications.settings.save"));
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            var chosen = form.getLanguage();
            var before = notifications.settings(actor).language();
            notifications.save(actor, form.isEmail(), chosen.isEmpty() ? null : chosen);
            if (!chosen.equals(before == null ? "" : before)) {
                // the one language of the person's e-mails and UI: the page shows it at once
                LanguageMenu.show(chosen.isEmpty() ? null : Locale.of(chosen));
                return;
            }
            com.vaadin.flow.component.notification.Notification.show(getTranslation("notifications.settings.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        var fields = new HorizontalLayout(email, language, save);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        var section = new VerticalLayout(new H2(getTranslation("notifications.settings.title")), fields);
        section.setPadding(false);
        return section;
    }

    private Component runReminders(SendReminders reminders) {
        var run = new Button(getTranslation("notifications.run"));
        run.setId("run-reminders");
        run.addClickListener(event -> {
            var done = reminders.runNow(actor);
            com.vaadin.flow.component.notification.Notification.show(
                            getTranslation("notifications.run.done", done.stored(), done.selected(), done.mailed()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        var section = new VerticalLayout(
                new H2(getTranslation("notifications.run.title")),
                new Paragraph(getTranslation("notifications.run.intro")),
                run);
        section.setPadding(false);
        return section;
    }
}
