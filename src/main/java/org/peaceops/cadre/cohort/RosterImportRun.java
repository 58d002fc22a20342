package org.peaceops.cadre.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.peaceops.cadre.cohort.roster.RosterProblem;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * One roster file imported into a cohort: running, imported (with the people
 * added and linked, and the warnings), refused (with every problem; nothing
 * was written) or failed (nothing was written either).
 */
@Entity
@Table(name = "roster_import")
public class RosterImportRun extends BaseEntity {

    /** Where the import stands. */
    public enum Status { RUNNING, IMPORTED, REFUSED, FAILED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.RUNNING;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "people_added", nullable = false)
    private int peopleAdded;

    @Column(name = "people_linked", nullable = false)
    private int peopleLinked;

    @Column(length = 1_000_000)
    private String problems;

    @Column(length = 1_000_000)
    private String warnings;

    @Column(name = "started_by", nullable = false, length = 60, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RosterImportRun() {
    }

    RosterImportRun(Cohort cohort, long jobId, String fileName, String startedBy, Instant startedAt) {
        this.cohort = cohort;
        this.jobId = jobId;
        this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void refuse(int rows, List<RosterProblem> found, Instant at) {
        this.status = Status.REFUSED;
        this.rowsRead = rows;
        this.problems = ProblemCodec.encode(found);
        this.finishedAt = at;
    }

    void imported(int rows, int added, int linked, List<RosterProblem> noted, Instant at) {
        this.status = Status.IMPORTED;
        this.rowsRead = rows;
        this.peopleAdded = added;
        this.peopleLinked = linked;
        this.warnings = ProblemCodec.encode(noted);
        this.finishedAt = at;
    }

    void fail(Instant at) {
        this.status = Status.FAILED;
        this.finishedAt = at;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public long getJobId() {
        return jobId;
    }

    public String getFileName() {
        return fileName;
    }

    public Status getStatus() {
        return status;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getPeopleAdded() {
        return peopleAdded;
    }

    public int getPeopleLinked() {
        return peopleLinked;
    }

    public List<RosterProblem> problems() {
        return ProblemCodec.decode(problems);
    }

    public List<RosterProblem> warnings() {
        return ProblemCodec.decode(warnings);
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
