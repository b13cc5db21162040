/**
 * Product photos as they arrive from a browser: checked by content rather than by name, refused with a
 * typed reason, and re-encoded at a fixed size without their metadata. Entry point: {@link ImageUploads}.
 */
@org.springframework.modulith.NamedInterface("media")
package vn.ocophub.shared.media;
