package org.skillsmatrix.domain.testing;

import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.people.People;

class InMemoryNotificationsTest extends NotificationsContract {

    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected Notifications notifications() {
        return notifications;
    }

    @Override
    protected People people() {
        return people;
    }
}
