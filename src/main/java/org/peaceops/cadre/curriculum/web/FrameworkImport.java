package org.peaceops.cadre.curriculum.web;

import java.io.Serializable;
import java.util.List;
import org.peaceops.cadre.platform.jobs.BackgroundJob;

/**
 * Where the import dialog stands: nothing sent yet, a file refused with its
 * problems, or a background job followed until it is done or has failed.
 */
public class FrameworkImport implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long jobId;
    private BackgroundJob.Status status;
    private int percent;
    private String failure;
    private List<String> problems = List.of();

    void started(long job) {
        jobId = job;
        status = BackgroundJob.Status.QUEUED;
        percent = 0;
        problems = List.of();
    }

    void refused(List<String> located) {
        jobId = null;
        status = null;
        problems = List.copyOf(located);
    }

    void follow(BackgroundJob job) {
        status = job.getStatus();
        percent = job.getStatus() == BackgroundJob.Status.DONE ? 100
                : job.getTotal() <= 0 ? 0 : Math.min(100, job.getProcessed() * 100 / job.getTotal());
        failure = job.getProblems();
    }

    Long getJobId() {
        return jobId;
    }

    public boolean isRunning() {
        return status == BackgroundJob.Status.QUEUED || status == BackgroundJob.Status.RUNNING;
    }

    public boolean isFollowed() {
        return status != null;
    }

    public boolean isFailed() {
        return status == BackgroundJob.Status.FAILED;
    }

    public boolean isDone() {
        return status == BackgroundJob.Status.DONE;
    }

    public int getPercent() {
        return percent;
    }

    public String getFailure() {
        return failure;
    }

    public List<String> getProblems() {
        return problems;
    }
}
