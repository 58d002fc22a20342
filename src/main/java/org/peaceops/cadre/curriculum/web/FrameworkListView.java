package org.peaceops.cadre.curriculum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;
import java.util.Map;
import org.peaceops.cadre.curriculum.EditionFamily;
import org.peaceops.cadre.curriculum.EditionStatus;
import org.peaceops.cadre.curriculum.FrameworkEdition;
import org.peaceops.cadre.curriculum.FrameworkExchange;
import org.peaceops.cadre.curriculum.FrameworkService;
import org.peaceops.cadre.curriculum.exchange.CasePackageException;
import org.peaceops.cadre.curriculum.exchange.CaseProblem;
import org.peaceops.cadre.platform.i18n.Messages;
import org.peaceops.cadre.platform.jobs.JobService;
import org.peaceops.cadre.platform.web.FormErrors;
import org.peaceops.cadre.platform.web.ServiceLazyDataModel;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The ITS frameworks page: every signed-in user lists the editions; administrators
 * describe an edition and import CASE packages, following the import job until it ends.
 */
@Named
@ViewScoped(saveInViewState = true)
public class FrameworkListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "editionForm";
    static final String IMPORT_FORM = "importForm";

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkExchange exchange;

    @Inject
    JobService jobs;


    private EditionsModel model;
    private FrameworkEditionForm form = new FrameworkEditionForm();
    private FrameworkImport importing = new FrameworkImport();

    @PostConstruct
    void init() {
        model = new EditionsModel(frameworks);
    }

    public void edit(FrameworkEdition edition) {
        form = FrameworkEditionForm.of(edition);
    }

    public void save() {
        FormErrors.attempt(FORM, () -> {
            FrameworkEdition saved = frameworks.change(form.getId(), form.getVersion(), form.details());
            FormErrors.info("framework.saved", saved.getCode());
        });
    }

    public void startImport() {
        importing = new FrameworkImport();
    }

    /** Checks the file at once; a sound package becomes a job that {@link #poll()} follows. */
    public void upload(FileUploadEvent event) {
        try (InputStream json = event.getFile().getInputStream()) {
            importing.started(exchange.startImport(json));
        } catch (CasePackageException refused) {
            Locale locale = locale();
            importing.refused(refused.problems().stream().map(problem -> located(locale, problem)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            FormErrors.show(IMPORT_FORM, e);
        }
    }

    public void poll() {
        if (!importing.isRunning()) {
            return;
        }
        importing.follow(jobs.get(importing.getJobId()));
        if (importing.isDone()) {
            FormErrors.info("framework.import.done");
            PrimeFaces.current().ajax().update("frameworksForm:editions", "messages");
            PrimeFaces.current().executeScript("PF('importDialog').hide()");
        }
    }

    private static String located(Locale locale, CaseProblem problem) {
        String message = Messages.format(locale, problem.messageKey(), problem.arguments().toArray());
        String where = problem.pointer().isEmpty()
                ? Messages.format(locale, "framework.import.wholePackage") : problem.pointer();
        return Messages.format(locale, "framework.import.problem", message, where);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public EditionFamily[] getFamilies() {
        return EditionFamily.values();
    }

    public EditionStatus[] getStatuses() {
        return EditionStatus.values();
    }

    public ServiceLazyDataModel<FrameworkEdition> getModel() {
        return model;
    }

    /** How many items the edition holds (0 for one shipped as a title only, until its CASE package is imported). */
    public long itemCount(FrameworkEdition edition) {
        return model.itemCounts.getOrDefault(edition.getId(), 0L);
    }

    public FrameworkEditionForm getForm() {
        return form;
    }

    public FrameworkImport getImporting() {
        return importing;
    }

    /** The editions, with the item counts of the rows shown read in one grouped query per page. */
    static final class EditionsModel extends ServiceLazyDataModel<FrameworkEdition> {

        private static final long serialVersionUID = 1L;
        private final FrameworkService frameworks;
        private Map<Long, Long> itemCounts = Map.of();

        EditionsModel(FrameworkService frameworks) {
            super(frameworks::page, FrameworkEdition::getId);
            this.frameworks = frameworks;
        }

        @Override
        public List<FrameworkEdition> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            List<FrameworkEdition> rows = super.load(first, pageSize, sortBy, filterBy);
            itemCounts = frameworks.itemCounts(rows.stream().map(FrameworkEdition::getId).toList());
            return rows;
        }
    }
}
