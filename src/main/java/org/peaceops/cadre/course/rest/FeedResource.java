package org.peaceops.cadre.course.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.course.CalendarFeed;
import org.peaceops.cadre.course.FeedScope;
import org.peaceops.cadre.course.FeedService;
import org.peaceops.cadre.course.calendar.IcsCalendar;
import org.peaceops.cadre.platform.InvalidInputException;

/**
 * Secret calendar links. Taking, listing and revoking them needs a signed-in
 * person; the {@code .ics} behind a link does not (calendar applications cannot
 * sign in: the token in the address is the credential).
 */
@Path("feeds")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedResource {

    @Inject
    FeedService feeds;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listMyCalendarLinks",
            summary = "Your calendar links that still work, each with the address to subscribe to")
    public List<FeedDto> mine() {
        return feeds.mine().stream().map(f -> FeedDto.of(f, address(f))).toList();
    }

    @POST
    @Operation(operationId = "createCalendarLink",
            summary = "Take a calendar link for a calendar you may see: CENTRE or ROOM (staff, instructors), "
            + "INSTRUCTOR or TRAINEE (that person, staff)")
    public Response create(@NotNull FeedDto body) {
        if (body.scope() == null) {
            throw new InvalidInputException("scope", "courseApi.calendar.scope");
        }
        if (body.targetId() == null) {
            throw new InvalidInputException("targetId", "courseApi.calendar.target");
        }
        CalendarFeed feed = feeds.create(body.scope(), body.targetId());
        URI address = address(feed);
        return Response.created(address).entity(FeedDto.of(feed, address)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeCalendarLink",
            summary = "Revoke one of your calendar links; its address stops working at once")
    public Response revoke(@PathParam("id") long id) {
        feeds.revoke(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{token}.ics")
    @Produces(IcsCalendar.MEDIA_TYPE)
    @SecurityRequirementsSet // an empty set: no sign-in, the token in the address is the credential
    @Operation(operationId = "getCalendarFeed",
            summary = "The iCalendar behind a link, without signing in; a revoked or unknown link answers 404")
    public Response ics(@PathParam("token") String token) {
        // The link is the credential: no cache on the way may keep a copy of someone's timetable.
        return Response.ok(feeds.render(token), IcsCalendar.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private URI address(CalendarFeed feed) {
        return uri.getBaseUriBuilder().path("feeds").path(feed.getToken() + ".ics").build();
    }

    /** A calendar link; on creation only {@code scope} and {@code targetId} are read. */
    public record FeedDto(Long id, FeedScope scope, Long targetId, Instant createdAt, String url) {

        static FeedDto of(CalendarFeed feed, URI address) {
            return new FeedDto(feed.getId(), feed.getScope(), feed.getTargetId(), feed.getCreatedAt(),
                    address.toString());
        }
    }
}
