package org.peaceops.cadre.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peaceops.cadre.platform.persistence.BaseEntity;

/**
 * One piece of background work: queued, running with a count of what is done
 * out of the total, then done (with the id of what it produced) or failed
 * (with the problems found). Only its starter and administrators see it.
 */
@Entity
@Table(name = "background_job")
public class BackgroundJob extends BaseEntity {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int total;

    @Column(name = "started_by", nullable = false, length = 60, updatable = false)
    private String startedBy;

    @Column(name = "centre_id", updatable = false)
    private Long centreId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "result_id")
    private Long resultId;

    @Column(length = 8000)
    private String problems;

    protected BackgroundJob() {
    }

    BackgroundJob(String kind, int total, String startedBy, Long centreId, Instant startedAt) {
        this.kind = kind;
        this.total = total;
        this.startedBy = startedBy;
        this.centreId = centreId;
        this.startedAt = startedAt;
        this.status = Status.QUEUED;
    }

    void progress(int done) {
        this.status = Status.RUNNING;
        this.processed = Math.min(done, total);
    }

    void succeed(Long result, Instant at) {
        this.status = Status.DONE;
        this.processed = total;
        this.resultId = result;
        this.finishedAt = at;
    }

    void fail(String why, Instant at) {
        this.status = Status.FAILED;
        this.problems = why == null || why.length() <= 8000 ? why : why.substring(0, 8000);
        this.finishedAt = at;
    }

    public String getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public int getProcessed() {
        return processed;
    }

    public int getTotal() {
        return total;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Long getCentreId() {
        return centreId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getProblems() {
        return problems;
    }
}
