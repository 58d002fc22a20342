package org.peaceops.cadre.platform.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.omnifaces.cdi.ViewScoped;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.notice.Notice;
import org.peaceops.cadre.platform.notice.NoticeService;
import org.peaceops.cadre.platform.security.CentreDirectory;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;

/** The signed-in person's notices, newest first, read in the page's language whenever they were sent. */
@Named
@ViewScoped(saveInViewState = true)
public class NoticeListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "noticesForm";

    @Inject
    NoticeService notices;

    @Inject
    CentreDirectory centres;

    private ServiceLazyDataModel<Notice> model;
    /** The centre's time zone, in which times are shown; UTC for administrators, who have no centre. */
    private String timeZone = "UTC";

    @PostConstruct
    void init() {
        model = ServiceLazyDataModel.ofEntities(notices::mine);
        timeZone = centres.callersTimeZone().getId();
    }

    public LocalDateTime sentAt(Notice notice) {
        return notice.getCreatedAt().atZone(ZoneId.of(timeZone)).toLocalDateTime();
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** A notice keeps its message key and arguments, so it reads in the language chosen now. */
    public String text(Notice notice) {
        return Messages.explain(FacesContext.getCurrentInstance().getViewRoot().getLocale(), notice.getMessageKey(),
                notice.getArguments());
    }

    public void markRead(Notice notice) {
        FormErrors.attempt(FORM, () -> {
            notices.markRead(notice.getId());
        });
    }

    public void markAllRead() {
        FormErrors.attempt(FORM, () -> {
            FormErrors.info("notices.allRead", notices.markAllRead());
        });
    }

    public ServiceLazyDataModel<Notice> getModel() {
        return model;
    }
}
