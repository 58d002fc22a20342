package org.peaceops.cadre.people.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.cadre.people.Gender;
import org.peaceops.cadre.people.Person;
import org.peaceops.cadre.people.PersonDetails;
import org.peaceops.cadre.people.PersonnelCategory;
import org.peaceops.cadre.people.RankBand;

/** The person dialog's fields: empty for a new person, else the person as last read, with the version read. */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String displayName;
    private String familyName;
    private String givenNames;
    private String rank;
    private RankBand rankBand;
    private String serviceNumber;
    private String nationality;
    private PersonnelCategory category;
    private Gender gender;
    private List<String> languages = new ArrayList<>();
    private LocalDate dateOfBirth;
    private String email;

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.id = person.getId();
        form.version = person.getVersion();
        form.displayName = person.getDisplayName();
        PersonDetails details = person.details();
        form.familyName = details.familyName();
        form.givenNames = details.givenNames();
        form.rank = details.rank();
        form.rankBand = details.rankBand();
        form.serviceNumber = details.serviceNumber();
        form.nationality = details.nationality();
        form.category = details.category();
        form.gender = details.gender();
        form.languages = new ArrayList<>(details.languages());
        form.dateOfBirth = details.dateOfBirth();
        form.email = details.email();
        return form;
    }

    PersonDetails details() {
        return new PersonDetails(familyName, givenNames, rank, rankBand, serviceNumber, nationality, category, gender,
                languages == null ? List.of() : languages, dateOfBirth, email);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public RankBand getRankBand() {
        return rankBand;
    }

    public void setRankBand(RankBand rankBand) {
        this.rankBand = rankBand;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public void setServiceNumber(String serviceNumber) {
        this.serviceNumber = serviceNumber;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public PersonnelCategory getCategory() {
        return category;
    }

    public void setCategory(PersonnelCategory category) {
        this.category = category;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
