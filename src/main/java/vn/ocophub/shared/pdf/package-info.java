/** What the printable documents share: the embedded Unicode fonts and NFC text. */
@org.springframework.modulith.NamedInterface("pdf")
package vn.ocophub.shared.pdf;
