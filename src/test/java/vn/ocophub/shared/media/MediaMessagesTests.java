package vn.ocophub.shared.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.ocophub.shared.media.MediaException.Errors;

/** Every refusal explains itself to a producer, in Vietnamese first, with the numbers that matter. */
class MediaMessagesTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	final ResourceBundleMessageSource messages = messages();

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/shared");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@ParameterizedTest
	@EnumSource(Errors.class)
	void everyReasonHasAMessageNamingTheFile(Errors error) {
		Object[] arguments = { "anh.jpg", 1, 2, 3, 4 };

		assertThat(messages.getMessage(error.messageKey(), arguments, VI)).contains("“anh.jpg”");
		assertThat(messages.getMessage(error.messageKey(), arguments, Locale.ENGLISH)).contains("“anh.jpg”");
	}

	@Test
	void saysOnlyThatAProgramIsNotAnImage() {
		String program = text(new MediaException(Errors.NOT_IMAGE, "photo.jpg", 1), VI);
		String otherFormat = text(new MediaException(Errors.NOT_IMAGE, "IMG_0001.heic", 0), VI);

		assertThat(program).startsWith("Tệp “photo.jpg” không phải là ảnh nên").doesNotContain("HEIC");
		assertThat(otherFormat).startsWith("Tệp “IMG_0001.heic” không phải là ảnh JPEG, PNG hoặc WebP")
			.contains("HEIC");
		assertThat(text(new MediaException(Errors.NOT_IMAGE, "photo.jpg", 1), Locale.ENGLISH))
			.startsWith("The file “photo.jpg” is not an image");
	}

	@Test
	void writesNumbersAsEachLanguageDoes() {
		MediaException bomb = new MediaException(Errors.TOO_MANY_PIXELS, "bom.png", 60_000, 60_000, 50L, 12_000);

		assertThat(text(bomb, VI)).contains("60.000 × 60.000 điểm ảnh").contains("12.000");
		assertThat(text(bomb, Locale.ENGLISH)).contains("60,000 × 60,000 pixels");
		assertThat(text(new MediaException(Errors.TOO_LARGE, "lon.jpg", 10), VI))
			.startsWith("Ảnh “lon.jpg” vượt quá 10 MB.");
	}

	private String text(MediaException exception, Locale locale) {
		return messages.getMessage(exception.errorCode().messageKey(), exception.arguments(), locale);
	}

}
