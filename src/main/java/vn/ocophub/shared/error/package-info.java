@org.springframework.modulith.NamedInterface("error")
package vn.ocophub.shared.error;
