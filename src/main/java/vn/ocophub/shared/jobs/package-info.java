/** Scheduled work that must run once per day however many app nodes run. */
@org.springframework.modulith.NamedInterface("jobs")
package vn.ocophub.shared.jobs;
