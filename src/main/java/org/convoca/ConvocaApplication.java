package org.convoca;

import org.convoca.shared.cli.OperatorCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Convoca: an organizing platform for advocacy organizations and coalitions.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
public class ConvocaApplication {

    public static void main(String[] args) {
        if (OperatorCommands.isCommand(args)) {
            System.exit(OperatorCommands.run(ConvocaApplication.class, args));
        }
        SpringApplication.run(ConvocaApplication.class, args);
    }
}
