package org.peaceops.cadre.platform.notice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.notice.Notice;
import org.peaceops.cadre.platform.notice.NoticeService;
import org.peaceops.cadre.platform.persistence.Page;
import org.peaceops.cadre.platform.rest.CallerLanguage;
import org.peaceops.cadre.platform.rest.PageParameters;

/** The signed-in person's notices, written in the language they ask for now (not the one of the day they were sent). */
@Path("notices")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    NoticeService notices;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyNotices", summary = "Your notices, newest first, paged")
    public Page<NoticeDto> mine(@BeanParam PageParameters page) {
        Locale locale = CallerLanguage.of(headers);
        return notices.mine(page.toRequest()).map(n -> NoticeDto.of(n, locale));
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotices", summary = "How many of your notices are unread")
    public CountDto unread() {
        return new CountDto(notices.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNoticeRead", summary = "Mark one of your notices read")
    public NoticeDto markRead(@PathParam("id") long id) {
        return NoticeDto.of(notices.markRead(id), CallerLanguage.of(headers));
    }

    @POST
    @Path("read-all")
    @Operation(operationId = "markAllNoticesRead", summary = "Mark all your notices read; answers how many were unread")
    public CountDto markAllRead() {
        return new CountDto(notices.markAllRead());
    }

    /** A notice: {@code key} names its kind for programs, {@code text} says it in the caller's language. */
    public record NoticeDto(Long id, Instant createdAt, Instant readAt, boolean read, String key, String text) {

        static NoticeDto of(Notice notice, Locale locale) {
            return new NoticeDto(notice.getId(), notice.getCreatedAt(), notice.getReadAt(), notice.getReadAt() != null,
                    notice.getMessageKey(), Messages.explain(locale, notice.getMessageKey(), notice.getArguments()));
        }
    }

    /** A number of notices. */
    public record CountDto(long count) {
    }
}
