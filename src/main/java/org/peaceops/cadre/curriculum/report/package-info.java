/**
 * The alignment report as files to download: a CSV for spreadsheets and a PDF
 * that a training centre attaches when it asks the UN to recognise a course.
 * Both render an {@link org.peaceops.cadre.curriculum.AlignmentCalculator.Result}
 * as it is, in English or French, and compute nothing of their own beyond
 * rounding and the depth of each item for indentation.
 */
package org.peaceops.cadre.curriculum.report;
