/**
 * Certificates of course completion as PDF: {@link org.peaceops.cadre.training.certificate.CertificateContent}
 * says what one certificate prints and {@link org.peaceops.cadre.training.certificate.CertificatePdf} draws it.
 * Nothing here reads the database or knows who may see a certificate: the
 * caller decides that, fills the content, and serves or stores the bytes.
 */
package org.peaceops.cadre.training.certificate;
