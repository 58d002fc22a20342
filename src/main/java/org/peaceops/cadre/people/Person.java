package org.peaceops.cadre.people;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.cadre.platform.persistence.BaseEntity;
import org.peaceops.cadre.platform.persistence.CodeList;
import org.peaceops.cadre.platform.security.Account;
import org.peaceops.cadre.platform.security.CentreReference;

/**
 * Someone in training or teaching at a centre, whether or not they ever sign
 * in: most members of a contingent never do. Enrolments and qualifications
 * belong to the person; an account, when there is one, is only how they sign
 * in. A service number is unique within its country, and a centre keeps one
 * person per number, so a later rotation's roster finds the same person and
 * their history.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id", nullable = false, updatable = false)
    private CentreReference centre;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "given_names", length = 100)
    private String givenNames;

    @Column(name = "rank_title", length = 60)
    private String rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "rank_band", length = 20)
    private RankBand rankBand;

    @Column(name = "service_number", length = 40)
    private String serviceNumber;

    @Column(length = 2)
    private String nationality;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", length = 12)
    private PersonnelCategory category;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(nullable = false, length = 60)
    @Convert(converter = CodeList.class)
    private List<String> languages = List.of();

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(length = 200)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Person() {
    }

    Person(CentreReference centre, Instant createdAt) {
        this.centre = centre;
        this.createdAt = createdAt;
    }

    /**
     * A person registered at a centre, for writers that register many at once
     * (a roster import); one by one, {@link PersonService#register} checks
     * the caller and the service number first.
     */
    public static Person registered(CentreReference centre, PersonDetails details, Instant at) {
        Person person = new Person(centre, at);
        person.describe(details);
        return person;
    }

    void describe(PersonDetails details) {
        this.familyName = details.familyName().strip();
        this.givenNames = blankToNull(details.givenNames());
        this.rank = blankToNull(details.rank());
        this.rankBand = details.rankBand();
        this.serviceNumber = ServiceNumbers.normalise(details.serviceNumber());
        this.nationality = details.nationality() == null ? null : details.nationality().toUpperCase(java.util.Locale.ROOT);
        this.category = details.category();
        this.gender = details.gender();
        this.languages = details.languages() == null ? List.of() : List.copyOf(details.languages());
        this.dateOfBirth = details.dateOfBirth();
        this.email = blankToNull(details.email());
    }

    /** The category, rank band and languages course prerequisites are checked against. */
    void profile(ProfileDetails profile) {
        this.category = profile.category();
        this.rankBand = profile.rankBand();
        this.languages = List.copyOf(profile.languages());
    }

    void linkAccount(Account account) {
        this.account = account;
    }

    public PersonDetails details() {
        return new PersonDetails(familyName, givenNames, rank, rankBand, serviceNumber, nationality, category, gender,
                languages, dateOfBirth, email);
    }

    /** What prerequisites read; null until a category is known. */
    public ProfileDetails profile() {
        return category == null ? null : new ProfileDetails(category, rankBand, languages);
    }

    /** "Given names FAMILY NAME" as rosters print it, or the family name alone. */
    public String getDisplayName() {
        return givenNames == null ? familyName : givenNames + " " + familyName;
    }

    /**
     * How staff tell namesakes apart: the sign-in name, else nationality and
     * service number, else nothing.
     */
    public String reference() {
        if (account != null) {
            return account.getUsername();
        }
        return serviceNumber == null ? "" : nationality + " " + serviceNumber;
    }

    public CentreReference getCentre() {
        return centre;
    }

    public Long centreId() {
        return centre.getId();
    }

    public Account getAccount() {
        return account;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getRank() {
        return rank;
    }

    public RankBand getRankBand() {
        return rankBand;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public String getNationality() {
        return nationality;
    }

    public PersonnelCategory getCategory() {
        return category;
    }

    public Gender getGender() {
        return gender;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
