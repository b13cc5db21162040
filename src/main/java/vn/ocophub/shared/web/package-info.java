@org.springframework.modulith.NamedInterface("web")
package vn.ocophub.shared.web;
