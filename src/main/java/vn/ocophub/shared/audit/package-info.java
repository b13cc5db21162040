@org.springframework.modulith.NamedInterface("audit")
package vn.ocophub.shared.audit;
