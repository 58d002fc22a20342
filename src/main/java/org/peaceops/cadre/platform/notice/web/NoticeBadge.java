package org.peaceops.cadre.platform.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peaceops.cadre.platform.notice.NoticeService;

/** How many of the signed-in person's notices are unread: counted once per request, for the dashboard's reminder. */
@Named
@RequestScoped
public class NoticeBadge {

    @Inject
    NoticeService notices;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notices.unread();
        }
        return unread;
    }
}
