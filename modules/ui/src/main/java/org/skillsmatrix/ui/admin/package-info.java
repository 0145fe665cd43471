/**
 * Administration: the catalog and the scale's descriptors and role profiles for admins; teams, their members
 * and managers, and people for HR and admins. Every form checks its fields, shows the domain's refusals at the
 * field they concern, and says who changed a record meanwhile.
 */
@NullMarked
package org.skillsmatrix.ui.admin;

import org.jspecify.annotations.NullMarked;
