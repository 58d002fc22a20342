package org.peaceops.cadre.platform.jobs.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.platform.jobs.BackgroundJob;
import org.peaceops.cadre.platform.jobs.JobService;

@Path("jobs")
@Tag(name = "Background jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    JobService jobs;

    @GET
    @Path("{id}")
    @Operation(operationId = "getJob", summary = "Progress of background work you started (administrators: any)")
    public JobDto get(@PathParam("id") long id) {
        return JobDto.of(jobs.get(id));
    }

    public record JobDto(long id, String kind, BackgroundJob.Status status, int processed, int total,
                         Instant startedAt, Instant finishedAt, Long resultId, String problems) {
        static JobDto of(BackgroundJob job) {
            return new JobDto(job.getId(), job.getKind(), job.getStatus(), job.getProcessed(), job.getTotal(),
                    job.getStartedAt(), job.getFinishedAt(), job.getResultId(), job.getProblems());
        }
    }
}
