/**
 * Vietnam's administrative map: the provinces and communes in force (34 and 3,321 since 1 July 2025) with
 * their official codes and types, and the units they replaced, linked predecessor → successor with the way
 * each was merged. The map ships with the product and is updated by importing the official table; no unit is
 * ever deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units",
		allowedDependencies = { "shared", "shared :: *" })
package vn.ocophub.adminunit;
