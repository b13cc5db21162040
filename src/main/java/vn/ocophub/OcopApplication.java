package vn.ocophub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(sharedModules = "shared")
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class OcopApplication {

	public static void main(String[] args) {
		SpringApplication.run(OcopApplication.class, args);
	}

}
