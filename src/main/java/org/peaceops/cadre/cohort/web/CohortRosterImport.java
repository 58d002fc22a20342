package org.peaceops.cadre.cohort.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.cohort.RosterImport;
import org.peaceops.cadre.cohort.RosterImportRun;
import org.peaceops.cadre.cohort.roster.RosterProblem;
import org.peaceops.cadre.platform.jobs.BackgroundJob;
import org.peaceops.cadre.platform.jobs.JobService;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.LocalFormats;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * Importing a roster file from the cohort's page: the file is sent, its
 * import followed with a progress bar, and then either the people are on the
 * roster (with any warnings) or the file is refused with every row's
 * problems, the first shown and all of them downloadable.
 */
@Named
@ViewScoped(saveInViewState = true)
public class CohortRosterImport implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rosterImportForm";
    private static final int SHOWN = 100;

    @Inject
    CohortView page;

    @Inject
    RosterImport imports;

    @Inject
    JobService jobs;

    /** One problem or warning as the page lists it. */
    public record Line(int row, String column, String text) implements Serializable {
    }

    private Long runId;
    private Long jobId;
    private int percent;
    private RosterImportRun.Status status;
    private int rows;
    private int added;
    private int linked;
    private int problemCount;
    private List<Line> lines = List.of();

    public void upload(FileUploadEvent event) {
        FormErrors.attempt(FORM, () -> {
            byte[] content;
            try (InputStream in = event.getFile().getInputStream()) {
                content = in.readNBytes(RosterImport.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            RosterImportRun run = imports.start(page.getId(), event.getFile().getFileName(), content);
            runId = run.getId();
            jobId = run.getJobId();
            status = RosterImportRun.Status.RUNNING;
            percent = 0;
            lines = List.of();
        });
    }

    public void poll() {
        if (!isRunning()) {
            return;
        }
        BackgroundJob job = jobs.get(jobId);
        percent = job.getTotal() <= 0 ? 0 : Math.min(100, job.getProcessed() * 100 / job.getTotal());
        if (job.getStatus() == BackgroundJob.Status.DONE || job.getStatus() == BackgroundJob.Status.FAILED) {
            RosterImportRun run = imports.get(page.getId(), runId);
            status = run.getStatus();
            rows = run.getRowsRead();
            added = run.getPeopleAdded();
            linked = run.getPeopleLinked();
            List<RosterProblem> found = status == RosterImportRun.Status.REFUSED ? run.problems() : run.warnings();
            problemCount = found.size();
            Locale locale = LocalFormats.locale();
            lines = found.stream().limit(SHOWN).map(p -> new Line(p.row(),
                    p.column() == null ? "" : p.column().header(locale), p.text(locale))).toList();
            if (status == RosterImportRun.Status.IMPORTED) {
                FormErrors.info("roster.imported", added, linked);
                page.reload();
                PrimeFaces.current().ajax().update("cohortPage");
            }
        }
    }

    public boolean isRunning() {
        return status == RosterImportRun.Status.RUNNING;
    }

    public boolean isRefused() {
        return status == RosterImportRun.Status.REFUSED;
    }

    public boolean isImported() {
        return status == RosterImportRun.Status.IMPORTED;
    }

    public boolean isFailed() {
        return status == RosterImportRun.Status.FAILED;
    }

    /** The link to every problem (or warning) as CSV, in the page's language. */
    public String getReportLink() {
        return "/api/cohorts/" + page.getId() + "/roster-imports/" + runId + "/problems.csv?lang="
                + LocalFormats.locale().getLanguage();
    }

    public String templateLink(String format) {
        return "/api/roster-template?format=" + format + "&lang=" + LocalFormats.locale().getLanguage();
    }

    public int getPercent() {
        return percent;
    }

    public int getRows() {
        return rows;
    }

    public int getAdded() {
        return added;
    }

    public int getLinked() {
        return linked;
    }

    public int getProblemCount() {
        return problemCount;
    }

    public boolean isMore() {
        return problemCount > lines.size();
    }

    public List<Line> getLines() {
        return lines;
    }
}
