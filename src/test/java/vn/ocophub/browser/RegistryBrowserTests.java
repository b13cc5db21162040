package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocophub.producer.internal.ProducerTemplate;
import vn.ocophub.shared.importing.ImportSheet;

/**
 * The registry flows of issue 3 in a real browser: a commune officer registers a producer (after a refused tax
 * code) and one of its products; a provincial officer searches without accents, filters and exports; and an
 * Excel import is first refused with its row errors, then committed from a corrected file. Every step saves a
 * screenshot to target/screenshots (60–69, 70–78, 80–87); some pages are also shot at phone width (390 px) and
 * in English. Pages that grow beyond the window are shot whole.
 */
class RegistryBrowserTests extends BrowserTestSupport {

	/** Import jobs run in the background and the job page polls every second: allow for a slow shared machine. */
	static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(30);

	@Test
	void communeOfficerRegistersAProducerAfterATaxCodeErrorThenAddsAProduct() throws Exception {
		String registration = uniqueDigits("3", 10);
		String taxCode = uniqueDigits("30", 10);
		String name = "Hợp tác xã Mật ong Ngàn Phố " + registration.substring(6);
		logIn("canbo.huongson", DEMO_PASSWORD);
		waitForPath("/workspace");
		clickAndWaitForNewPage(visible("#nav-producers"));
		assertThat(currentPath()).isEqualTo("/producers");
		clickAndWaitForNewPage(visible("#producer-new"));
		assertThat(currentPath()).isEqualTo("/producers/new");
		assertThat(visible("h1").getText()).isEqualTo("Đăng ký chủ thể OCOP");
		// A commune officer registers in the own commune: the commune is filled in and named.
		assertThat(find("#communeCode").getAttribute("value")).isEqualTo("18133");
		assertThat(find("#communeCode-label").getText()).isEqualTo("Xã Hương Sơn");
		fullPageScreenshot("60-producer-new-form");

		type("#name", name);
		new Select(find("#legalType")).selectByValue("COOPERATIVE");
		type("#registrationNumber", registration);
		// A date field's typing order follows the browser's locale: set the ISO value the field submits instead.
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '2021-03-15';", find("#registrationDate"));
		type("#taxCode", "30012345");
		type("#address", "Thôn Tân Hương");
		type("#representativeName", "Nguyễn Thị Hoa");
		new Select(find("#representativeGender")).selectByValue("FEMALE");
		type("#phone", "0912345678");
		type("#email", "matongnganpho@example.vn");
		type("#workers", "12");
		type("#localWorkers", "11");
		clickAndWaitForNewPage(find("#producer-save"));

		// Refused: the message is beside the tax code field, in Vietnamese, and the form keeps what was typed.
		assertThat(currentPath()).isEqualTo("/producers/new");
		assertThat(visible("#form-errors").getText()).contains("Thông tin chưa hợp lệ");
		// The summary at the top names the field and leads to it.
		assertThat(find("#form-errors a[href='#taxCode']").getText()).isEqualTo("Mã số thuế");
		assertThat(find("#taxCode").getAttribute("class")).contains("is-invalid");
		WebElement taxError = find("#taxCode").findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"));
		assertThat(taxError.isDisplayed()).isTrue();
		assertThat(taxError.getText()).startsWith("Mã số thuế “30012345” không hợp lệ: cần 10 chữ số");
		assertThat(findAll(".is-invalid")).hasSize(1);
		assertThat(find("#name").getAttribute("value")).isEqualTo(name);
		assertThat(find("#registrationNumber").getAttribute("value")).isEqualTo(registration);
		assertThat(find("#communeCode").getAttribute("value")).isEqualTo("18133");
		assertThat(find("#communeCode-label").getText()).isEqualTo("Xã Hương Sơn");
		click(find("#taxCode"));
		screenshot("61-producer-tax-code-error");
		// Nothing was saved: the registry does not know the registration number.
		assertThat(fetchText("/producers?q=" + registration)).contains("Tìm thấy 0 chủ thể");

		type("#taxCode", taxCode);
		clickAndWaitForNewPage(find("#producer-save"));
		assertThat(currentPath()).matches("/producers/\\d+");
		String producerPath = currentPath();
		String producerId = producerPath.substring("/producers/".length());
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã đăng ký chủ thể “" + name + "”.");
		assertThat(find("#producer-name").getText()).isEqualTo(name);
		assertThat(find("#producer-registration").getText()).isEqualTo(registration);
		assertThat(find("main").getText()).contains(taxCode, "Hợp tác xã", "Xã Hương Sơn, Tỉnh Hà Tĩnh", "cấp ngày 15/03/2021");
		assertThat(find("#history").getText()).contains("Đăng ký", "canbo.huongson");
		WebElement addProduct = waitUntil(d -> d.findElements(By.id("producer-add-product")).stream().findFirst().orElse(null));
		assertThat(find("#producer-products").getText()).contains("Chủ thể chưa có sản phẩm nào");
		fullPageScreenshot("62-producer-registered");

		clickAndWaitForNewPage(addProduct);
		assertThat(currentPath()).isEqualTo("/products/new");
		assertThat(driver.getCurrentUrl()).contains("producer=" + producerId);
		// Pre-selected from ?producer=, and the picker finds the same producer without accents.
		assertThat(find("#producerId").getAttribute("value")).isEqualTo(producerId);
		assertThat(find("#producerId-label").getText()).isEqualTo(name);
		type("#producer-search", "mat ong ngan pho " + registration.substring(6));
		WebElement pick = visible("#producer-results button[data-pick-code='" + producerId + "']");
		assertThat(pick.getText()).startsWith(name).contains(registration, "Xã Hương Sơn");
		screenshot("63-product-form-producer-picker");
		click(pick);
		waitUntil(d -> d.findElements(By.cssSelector("#producer-results button")).isEmpty());
		assertThat(find("#producerId").getAttribute("value")).isEqualTo(producerId);
		assertThat(find("#producerId-label").getText()).isEqualTo(name);

		String productName = "Mật ong hoa rừng Ngàn Phố " + registration.substring(6);
		type("#name", productName);
		Select productSet = new Select(find("#productSet"));
		productSet.selectByValue("04");
		// The sets are grouped by the six groups of Decision 148.
		WebElement chosen = productSet.getFirstSelectedOption();
		assertThat(chosen.getText()).isEqualTo("04 – Mật ong, mật khác và nông sản thực phẩm khác");
		assertThat(chosen.findElement(By.xpath("..")).getAttribute("label")).isEqualTo("Thực phẩm");
		assertThat(findAll("#productSet optgroup")).hasSize(6);
		type("#description", "Mật ong khai thác từ rừng keo và rừng tự nhiên thượng nguồn sông Ngàn Phố.");
		type("#brand", "Mật ong Ngàn Phố");
		type("#localMaterialShare", "100");
		click(find("input[name='channels'][value='OCOP_STORE']"));
		click(find("input[name='channels'][value='ECOMMERCE']"));
		assertThat(find("input[name='channels'][value='OCOP_STORE']").isSelected()).isTrue();
		assertThat(find("input[name='channels'][value='ECOMMERCE']").isSelected()).isTrue();
		assertThat(find("input[name='channels'][value='EXPORT']").isSelected()).isFalse();
		fullPageScreenshot("64-product-form-filled");
		clickAndWaitForNewPage(find("#product-save"));

		assertThat(currentPath()).matches("/products/\\d+");
		String code = visible("#product-code").getText();
		assertThat(code).matches("42-18133-\\d{4}");
		assertThat(find("main .alert-success").getText()).isEqualTo("Đã thêm sản phẩm “" + productName + "” với mã " + code + ".");
		assertThat(find("#product-name").getText()).isEqualTo(productName);
		assertThat(find("main").getText()).contains(name, "04 – Mật ong, mật khác và nông sản thực phẩm khác (Thực phẩm)",
				"Điểm bán sản phẩm OCOP", "Sàn thương mại điện tử", "Ý tưởng");
		String history = find("#history").getText();
		assertThat(history).contains("canbo.huongson", "Đăng ký");
		fullPageScreenshot("65-product-created");

		// The producer's page lists it now.
		open(producerPath);
		waitForText("#producer-products", productName);
		assertThat(find("#producer-products").getText()).contains("Sản phẩm, dịch vụ (1)");

		// The same pages on a phone, and in English.
		driver.manage().window().setSize(PHONE);
		open(producerPath);
		waitForText("#producer-products", productName);
		fullPageScreenshot("66-producer-phone-vi");
		open("/products/new?producer=" + producerId);
		type("#producer-search", "mat ong");
		visible("#producer-results button[data-pick-code]");
		fullPageScreenshot("67-product-form-phone-picker-vi");
		open(producerPath + "/edit?lang=en");
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		fullPageScreenshot("68-producer-edit-phone-en");
		driver.manage().window().setSize(DESKTOP);
		open("/products?q=" + code);
		clickAndWaitForNewPage(visible("#product-table").findElement(By.linkText(productName)));
		assertNoUntranslatedKeys();
		fullPageScreenshot("69-product-created-en");
	}

	@Test
	void provincialOfficerSearchesWithoutAccentsFiltersAndExports() throws Exception {
		logIn("vanphong.hatinh", DEMO_PASSWORD);
		waitForPath("/workspace");
		clickAndWaitForNewPage(visible("#nav-products"));
		assertThat(currentPath()).isEqualTo("/products");
		int all = count("#product-count");
		assertThat(all).isGreaterThan(10);

		type("#q", "cam bu huong son");
		clickAndWaitForNewPage(find("#product-filter button[type='submit']"));
		assertThat(driver.getCurrentUrl()).contains("q=cam+bu+huong+son");
		List<WebElement> rows = findAll("#product-table tbody tr");
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).findElement(By.cssSelector("td:nth-child(2) a")).getText()).isEqualTo("Cam bù Hương Sơn");
		assertThat(rows.get(0).getText()).contains("42-18133-0001", "Hợp tác xã Cam bù Sơn Kim", "★★★★★");
		assertThat(find("#q").getAttribute("value")).isEqualTo("cam bu huong son");
		fullPageScreenshot("70-products-search-cam-bu");

		open("/producers");
		int producersInProvince = count("#producer-count");
		type("#q", "hop tac xa");
		clickAndWaitForNewPage(find("#producer-filter button[type='submit']"));
		List<String> cooperatives = rowTexts("#producer-table tbody tr");
		assertThat(cooperatives).isNotEmpty();
		assertThat(count("#producer-count")).isLessThan(producersInProvince);
		// Names starting with "Hợp tác xã" lead the list; after them come other matches, such as a "Tổ hợp tác"
		// in a "Xã …" commune.
		List<String> names = findAll("#producer-table tbody tr td:first-child a").stream().map(WebElement::getText).toList();
		long leading = names.stream().takeWhile(n -> n.startsWith("Hợp tác xã")).count();
		assertThat(leading).isGreaterThanOrEqualTo(5);
		assertThat(names.subList((int) leading, names.size())).noneMatch(n -> n.startsWith("Hợp tác xã"));
		assertThat(cooperatives).allSatisfy(row -> assertThat(row).containsIgnoringCase("hợp tác"));
		assertThat(findAll("#producer-table tbody tr td:nth-child(2)").subList(0, (int) leading))
			.allSatisfy(type -> assertThat(type.getText()).isEqualTo("Hợp tác xã"));
		assertThat(find("#producer-table").getText()).doesNotContain("Quảng Ninh");
		assertNavigationFitsOnOneLine();
		fullPageScreenshot("71-producers-search-hop-tac-xa");

		// The commune filter: the picker floats over the form, and the chosen commune stays visible by name.
		open("/producers");
		type("#commune-search", "huong son");
		WebElement commune = visible("#commune-results button[data-pick-code='18133']");
		assertThat(commune.getText()).isEqualTo("Xã Hương Sơn (18133) — Tỉnh Hà Tĩnh");
		assertThat(find("#commune-results").getCssValue("position")).isEqualTo("absolute");
		screenshot("71b-producers-commune-picker");
		click(commune);
		waitUntil(d -> "18133".equals(d.findElement(By.id("commune")).getAttribute("value")));
		assertThat(find("#commune-search").getAttribute("value")).isEqualTo("Xã Hương Sơn");
		clickAndWaitForNewPage(find("#producer-filter button[type='submit']"));
		assertThat(driver.getCurrentUrl()).contains("commune=18133");
		assertThat(count("#producer-count")).isPositive().isLessThan(producersInProvince);
		assertThat(rowTexts("#producer-table tbody tr")).allSatisfy(row -> assertThat(row).contains("Xã Hương Sơn"));
		assertThat(find("#commune-search").getAttribute("value")).isEqualTo("Xã Hương Sơn");
		// Emptying the field drops the commune from the next search.
		find("#commune-search").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		waitUntil(d -> "".equals(d.findElement(By.id("commune")).getAttribute("value")));
		clickAndWaitForNewPage(find("#producer-filter button[type='submit']"));
		assertThat(count("#producer-count")).isEqualTo(producersInProvince);

		// Filters on the product list: product set, then stars, each narrowing the list.
		open("/products");
		new Select(visible("#set")).selectByValue("01");
		clickAndWaitForNewPage(find("#product-filter button[type='submit']"));
		int fresh = count("#product-count");
		assertThat(fresh).isPositive().isLessThan(all);
		assertThat(rowTexts("#product-table tbody tr")).allSatisfy(row -> assertThat(row).contains("01 – Rau, củ, quả, hạt tươi"));
		new Select(find("#stars")).selectByValue("5");
		clickAndWaitForNewPage(find("#product-filter button[type='submit']"));
		int fiveStars = count("#product-count");
		assertThat(fiveStars).isPositive().isLessThan(fresh);
		assertThat(rowTexts("#product-table tbody tr")).hasSize(fiveStars)
			.allSatisfy(row -> assertThat(row).contains("01 – ", "★★★★★"));
		assertThat(new Select(find("#set")).getFirstSelectedOption().getAttribute("value")).isEqualTo("01");
		assertThat(new Select(find("#stars")).getFirstSelectedOption().getAttribute("value")).isEqualTo("5");
		fullPageScreenshot("72-products-filter-set-stars");

		// The export link carries the filters and downloads an XLSX of exactly the listed products.
		String href = find("#product-export").getAttribute("href");
		assertThat(href).contains("/products/export.xlsx", "set=01", "stars=5");
		HttpResponse<byte[]> export = fetch(href);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
		byte[] xlsx = export.body();
		assertThat(xlsx).hasSizeGreaterThan(100);
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("data rows after the header").isEqualTo(fiveStars);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên sản phẩm");
		}

		// The same list on a phone: the active filters stay open; without filters only the search shows.
		driver.manage().window().setSize(PHONE);
		assertThat(visible("#set").isDisplayed()).isTrue();
		fullPageScreenshot("73-products-filter-phone-vi");
		open("/products");
		assertThat(find("#set").isDisplayed()).isFalse();
		fullPageScreenshot("73b-products-phone-vi");
		click(find("#product-filter button[data-bs-toggle='collapse']"));
		visible("#set");
		screenshot("73c-products-phone-more-filters-vi");
		open("/products?q=cam+bu&lang=en");
		assertNoUntranslatedKeys();
		fullPageScreenshot("74-products-search-phone-en");
		open("/producers?q=hop+tac+xa");
		fullPageScreenshot("75-producers-search-phone-en");
		driver.manage().window().setSize(DESKTOP);
		open("/producers?q=hop+tac+xa");
		assertThat(find("#producer-count").getText()).endsWith("producers found");
		assertNoUntranslatedKeys();
		fullPageScreenshot("76-producers-search-en");

		// An administrator has one more menu: the bar must still read well at desktop widths.
		logOut();
		logIn("admin", DEMO_PASSWORD);
		open("/producers?lang=vi");
		screenshot("77-producers-admin-1280-vi");
		driver.manage().window().setSize(new Dimension(1200, 900));
		driver.navigate().refresh();
		screenshot("78-producers-admin-1200-vi");
	}

	@Test
	void importWithErrorsIsRefusedThenACorrectedFileIsCommitted() throws Exception {
		String first = uniqueDigits("3", 10);
		String second = uniqueDigits("3", 10);
		String firstName = "Hợp tác xã Chè xanh Hương Đô " + first.substring(6);
		String secondName = "Tổ hợp tác Kẹo cu đơ Thạch Hà " + second.substring(6);
		// The template's importable columns; the "_" ones are information of the export only.
		List<String> headers = ProducerTemplate.COLUMNS.stream()
			.filter(c -> !c.field().startsWith("_"))
			.map(ImportSheet.Column::header)
			.toList();
		Path withError = producerWorkbook("chu-the-co-loi.xlsx", headers,
				List.of(producerRow(first, uniqueDigits("30", 10), firstName, "Hợp tác xã", "18133"),
						producerRow(second, "12345678", secondName, "Tổ hợp tác", "18073")));
		Path corrected = producerWorkbook("chu-the-da-sua.xlsx", headers,
				List.of(producerRow(first, uniqueDigits("30", 10), firstName, "Hợp tác xã", "18133"),
						producerRow(second, uniqueDigits("30", 10), secondName, "Tổ hợp tác", "18073")));

		logIn("vanphong.hatinh", DEMO_PASSWORD);
		open("/producers");
		clickAndWaitForNewPage(visible("#producer-import"));
		assertThat(currentPath()).isEqualTo("/imports/producers");
		assertThat(visible("h1").getText()).isEqualTo("Nhập danh sách chủ thể từ Excel");
		assertThat(find("#template-download").getAttribute("href")).endsWith("/imports/producers/template.xlsx");
		fullPageScreenshot("80-import-upload");

		find("#file").sendKeys(withError.toAbsolutePath().toString());
		clickAndWaitForNewPage(find("#import-submit"));
		assertThat(currentPath()).matches("/imports/producers/\\d+");
		WebElement errors = waitForImport().until(d -> d.findElements(By.id("import-errors")).stream().findFirst().orElse(null));
		assertThat(find("#import-state").getAttribute("data-state")).isEqualTo("CHECKED_WITH_ERRORS");
		assertThat(find("#import-state .alert").getText()).contains("Tệp có lỗi.", "Chưa có gì được ghi.");
		List<WebElement> errorRows = errors.findElements(By.cssSelector("tbody tr"));
		assertThat(errorRows).hasSize(1);
		List<String> cells = errorRows.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
		assertThat(cells.get(0)).isEqualTo("3");
		assertThat(cells.get(1)).isEqualTo("Mã số thuế");
		assertThat(cells.get(2)).startsWith("Mã số thuế “12345678” không hợp lệ");
		assertThat(find("#count-read").getText()).isEqualTo("2");
		assertThat(find("#count-valid").getText()).isEqualTo("1");
		assertThat(find("#count-errors").getText()).isEqualTo("1");
		assertThat(findAll("#import-commit")).isEmpty();
		fullPageScreenshot("81-import-errors");
		driver.manage().window().setSize(PHONE);
		fullPageScreenshot("82-import-errors-phone-vi");
		driver.manage().window().setSize(DESKTOP);
		// Nothing of the file was saved, not even its valid row.
		assertThat(fetchText("/producers?q=" + first)).contains("Tìm thấy 0 chủ thể");

		clickAndWaitForNewPage(find("#import-another"));
		assertThat(currentPath()).isEqualTo("/imports/producers");
		assertThat(find("#recent-imports").getText()).contains("chu-the-co-loi.xlsx", "Có lỗi");
		find("#file").sendKeys(corrected.toAbsolutePath().toString());
		clickAndWaitForNewPage(find("#import-submit"));
		String jobPath = currentPath();
		WebElement commit = waitForImport().until(d -> d.findElements(By.id("import-commit")).stream().findFirst().orElse(null));
		assertThat(find("#import-state .alert").getText()).contains("Tệp hợp lệ.");
		assertThat(commit.getText()).startsWith("Ghi vào sổ đăng ký (").isEqualTo("Ghi vào sổ đăng ký (2 mới, 0 cập nhật)");
		assertThat(findAll("#import-errors")).isEmpty();
		assertThat(find("#count-created").getText()).isEqualTo("2");
		fullPageScreenshot("83-import-ready");

		clickAndWaitForNewPage(commit);
		assertThat(currentPath()).isEqualTo(jobPath);
		waitForImport().until(d -> {
			List<WebElement> alert = d.findElements(By.cssSelector("#import-state .alert"));
			return !alert.isEmpty() && alert.get(0).getText().contains("Đã ghi vào sổ đăng ký");
		});
		assertThat(find("#import-state").getAttribute("data-state")).isEqualTo("COMMITTED");
		assertThat(find("#count-created").getText()).isEqualTo("2");
		assertThat(findAll("#import-commit")).isEmpty();
		fullPageScreenshot("84-import-committed");

		clickAndWaitForNewPage(find("#import-state").findElement(By.linkText("Xem danh sách")));
		assertThat(currentPath()).isEqualTo("/producers");
		assertThat(find("#producer-table").getText()).contains(firstName, secondName);
		type("#q", "to hop tac keo cu do thach ha " + second.substring(6));
		clickAndWaitForNewPage(find("#producer-filter button[type='submit']"));
		assertThat(findAll("#producer-table tbody tr td:first-child a").get(0).getText()).isEqualTo(secondName);
		clickAndWaitForNewPage(find("#producer-table").findElement(By.linkText(secondName)));
		assertThat(find("#producer-registration").getText()).isEqualTo(second);
		assertThat(find("#history").getText()).contains("Nhập từ tệp", "vanphong.hatinh");
		fullPageScreenshot("85-imported-producer");

		// The job page in English, with its counts.
		open(jobPath + "?lang=en");
		assertNoUntranslatedKeys();
		fullPageScreenshot("86-import-committed-en");
		open("/imports/producers");
		fullPageScreenshot("87-import-upload-en");
	}

	// --- helpers ---

	private WebDriverWait waitForImport() {
		WebDriverWait wait = new WebDriverWait(driver, IMPORT_TIMEOUT);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** Digits that no other test run uses: a prefix, then the clock and some randomness. */
	private static String uniqueDigits(String prefix, int length) {
		String tail = Long.toString(System.nanoTime() / 1000) + ThreadLocalRandom.current().nextInt(1000, 9999);
		return prefix + tail.substring(tail.length() - (length - prefix.length()));
	}

	private static List<Object> producerRow(String registration, String taxCode, String name, String legalType,
			String commune) {
		return List.of(registration, "15/03/2020", taxCode, name, legalType, commune, "Thôn Trung Hà", "Lê Văn Bình", "Nam",
				"Không", "0912000111", "", "", "", "", 9, 8, "Đang hoạt động");
	}

	/** An XLSX with the template's header (the importable columns) and the given rows, in target/browser-imports. */
	private static Path producerWorkbook(String name, List<String> headers, List<List<Object>> rows) throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "browser-imports"));
		Path file = dir.resolve(name);
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Chủ thể");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Integer number) {
						row.createCell(i).setCellValue(number);
					}
					else if (!"".equals(value)) {
						row.createCell(i).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
		return file;
	}

	/** The number at the start of a "Tìm thấy N …" count line. */
	private int count(String css) {
		String digits = visible(css).getText().replaceAll("^\\D*([\\d.,]+).*$", "$1").replaceAll("[.,]", "");
		return Integer.parseInt(digits);
	}

	private List<String> rowTexts(String css) {
		return findAll(css).stream().map(WebElement::getText).toList();
	}

	private String fetchText(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = fetch(path);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	/** Thymeleaf shows a missing message key as ??key_locale??. */
	private void assertNoUntranslatedKeys() {
		assertThat(find("html").getAttribute("outerHTML")).doesNotContain("??");
	}

}
