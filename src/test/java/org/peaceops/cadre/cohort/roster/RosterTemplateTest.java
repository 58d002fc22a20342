package org.peaceops.cadre.cohort.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peaceops.cadre.cohort.roster.Rosters.check;
import static org.peaceops.cadre.cohort.roster.Rosters.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peaceops.cadre.cohort.CohortRole;
import org.peaceops.cadre.people.Gender;

/** The template and the problem report, read back the way a country and a centre would. */
class RosterTemplateTest {

    @Test
    void theCsvTemplateInEitherLanguageReadsBackAsOneValidPerson() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RosterTemplate.writeCsv(locale, out);

            RosterValidation validation = check(read("template.csv", out.toByteArray()));

            assertEquals(List.of(), validation.problems(), locale.toString());
            assertEquals(CohortRole.STAFF_OFFICER, validation.entries().get(0).cohortRole());
            assertEquals(Gender.FEMALE, validation.entries().get(0).gender());
        }
    }

    @Test
    void theFrenchCsvTemplateHasFrenchHeadersSeparatedBySemicolonsBehindAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterTemplate.writeCsv(Locale.CANADA_FRENCH, out);

        String text = out.toString(StandardCharsets.UTF_8);

        assertTrue(text.startsWith("\uFEFFMatricule;Nom;Prénoms;Grade;Catégorie de grade;Nationalité;Catégorie;"
                + "Genre;Date de naissance;Courriel;Langues;Rôle dans la cohorte\r\n"), text);
        assertTrue(text.contains(";Capitaine;officier subalterne;SN;militaire;femme;1990-04-15;"), text);
    }

    @Test
    void theWorkbookTemplateHasABoldHeaderAnExampleAndAGuideAndReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterTemplate.writeXlsx(Locale.FRENCH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet roster = workbook.getSheetAt(0);
            assertEquals("Effectif", roster.getSheetName());
            assertEquals("Matricule", roster.getRow(0).getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(roster.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals("Diop", roster.getRow(1).getCell(1).getStringCellValue());
            assertTrue(roster.getColumnWidth(RosterColumn.COHORT_ROLE.ordinal()) > 20 * 256);
            Sheet guide = workbook.getSheetAt(1);
            assertEquals("Mode d’emploi", guide.getSheetName());
            int gender = RosterColumn.GENDER.ordinal() + 1;
            assertEquals("Genre", guide.getRow(gender).getCell(0).getStringCellValue());
            assertEquals("Facultatif", guide.getRow(gender).getCell(1).getStringCellValue());
            assertEquals("femme, homme", guide.getRow(gender).getCell(3).getStringCellValue());
            assertEquals("female, F, féminin, woman; male, M, H, masculin, man",
                    guide.getRow(gender).getCell(4).getStringCellValue());
        }
        RosterValidation validation = check(read("modele.xlsx", out.toByteArray()));
        assertEquals(List.of(), validation.problems());
        assertEquals("SN-04127", validation.entries().get(0).serviceNumber());
    }

    @Test
    void theProblemReportListsRowColumnAndTextInTheReadersLanguage() throws IOException {
        RosterValidation validation = Rosters.checkCsv("Service number,Family name,Nationality,Category,Shoe size\n"
                + "A-1,Mensah,ZZ,police,44\n=1+1,Mensah,GH,navy,\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterProblemReport.writeCsv(validation.problems(), Locale.ENGLISH, out);

        assertEquals("\uFEFFRow,Column,Problem\r\n"
                + "1,,The column “Shoe size” is not one of the roster’s columns; the template lists them.\r\n"
                + "2,Nationality,\"“ZZ” is not an ISO 3166-1 two-letter country code, such as GH, SN or NP.\"\r\n"
                + "3,Service number,\"“=1+1” is not a valid service number: use letters, digits, spaces, - and / "
                + "only.\"\r\n"
                + "3,Category,\"“navy” is not accepted here; write one of: military, police, civilian.\"\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFrenchProblemReportUsesSemicolonsAndFrenchTexts() throws IOException {
        RosterValidation validation = Rosters.checkCsv("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterProblemReport.writeCsv(validation.problems(), Locale.FRENCH, out);

        assertEquals("\uFEFFLigne;Colonne;Problème\r\n"
                + "\"\";;Le fichier est vide : il n’a ni ligne d’en-tête ni personne en dessous.\r\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
