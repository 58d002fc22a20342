package org.peaceops.cadre.people;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.persistence.CodeList;
import org.peaceops.cadre.platform.security.Account;

/** What prerequisites ask of a person: personnel category, rank band and spoken languages. */
@Entity
@Table(name = "personnel_profile")
public class PersonnelProfile extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", nullable = false, length = 12)
    private PersonnelCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "rank_band", length = 20)
    private RankBand rankBand;

    @Column(nullable = false, length = 60)
    @Convert(converter = CodeList.class)
    private List<String> languages = List.of();

    protected PersonnelProfile() {
    }

    PersonnelProfile(Account account) {
        this.account = account;
    }

    void describe(ProfileDetails details) {
        this.category = details.category();
        this.rankBand = details.rankBand();
        this.languages = List.copyOf(details.languages());
    }

    public ProfileDetails details() {
        return new ProfileDetails(category, rankBand, getLanguages());
    }

    public Account getAccount() {
        return account;
    }

    public PersonnelCategory getCategory() {
        return category;
    }

    public RankBand getRankBand() {
        return rankBand;
    }

    public List<String> getLanguages() {
        return languages;
    }
}
