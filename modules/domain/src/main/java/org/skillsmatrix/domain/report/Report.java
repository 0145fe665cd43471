package org.skillsmatrix.domain.report;

/** The data of one report, ready to render: names resolved, rows in the order they are shown. */
public sealed interface Report
        permits MatrixReport, TeamGapReport, OrganisationGapReport, ProfileReport, CoverageReport, WhatIfReport {

    ReportHeader header();
}
