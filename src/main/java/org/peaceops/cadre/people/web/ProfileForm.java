package org.peaceops.cadre.people.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.ProfileDetails;
import org.peaceops.cadre.people.ProfileService;
import org.peaceops.cadre.people.RankBand;

/** The profile dialog's fields for one person; a person without a profile yet starts from empty choices. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long accountId;
    private String displayName;
    private PersonnelCategory category;
    private RankBand rankBand;
    private List<String> languages = new ArrayList<>();

    static ProfileForm of(ProfileService.Person person) {
        ProfileForm form = new ProfileForm();
        form.accountId = person.account().getId();
        form.displayName = person.account().getDisplayName();
        ProfileDetails profile = person.profile();
        if (profile != null) {
            form.category = profile.category();
            form.rankBand = profile.rankBand();
            form.languages = new ArrayList<>(profile.languages());
        }
        return form;
    }

    ProfileDetails details() {
        return new ProfileDetails(category, rankBand, languages == null ? List.of() : languages);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public PersonnelCategory getCategory() {
        return category;
    }

    public void setCategory(PersonnelCategory category) {
        this.category = category;
    }

    public RankBand getRankBand() {
        return rankBand;
    }

    public void setRankBand(RankBand rankBand) {
        this.rankBand = rankBand;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }
}
