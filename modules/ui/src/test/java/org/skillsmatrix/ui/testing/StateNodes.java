package org.skillsmatrix.ui.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** What the server keeps of the current UI: the nodes of its state tree, one or more per component. */
public final class StateNodes {

    private StateNodes() {}

    /** The number of nodes in the current UI's state tree. */
    public static int count() {
        var nodes = new int[1];
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        return nodes[0];
    }

    /** The number of nodes of the component's part of the state tree: its own and its descendants'. */
    public static int of(Component component) {
        var nodes = new int[1];
        component.getElement().getNode().visitNodeTree(node -> nodes[0]++);
        return nodes[0];
    }
}
