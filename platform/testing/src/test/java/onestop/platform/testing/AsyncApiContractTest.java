package onestop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract check finds each way a hand-written catalogue can drift from what is sent. */
class AsyncApiContractTest {

    enum Colour {
        RED, GREEN
    }

    record Painted(UUID id, Colour colour, List<String> tags, long count, Instant at) {
    }

    private static final String CATALOGUE = """
            asyncapi: 2.6.0
            channels:
              onestop.paint.v1:
                subscribe:
                  message:
                    oneOf:
                      - $ref: '#/components/messages/Painted'
                      - $ref: '#/components/messages/Dried'
            components:
              messages:
                Painted:
                  name: onestop.paint.wall.painted
                  payload: {$ref: '#/components/schemas/Painted'}
                Dried:
                  name: onestop.paint.wall.dried
                  payload: {type: object}
              schemas:
                Colour: {type: string, enum: [RED, BLUE]}
                Painted:
                  type: object
                  required: [id, colour, owner]
                  properties:
                    id: {type: string}
                    colour: {$ref: '#/components/schemas/Colour'}
                    tags: {type: array, items: {type: integer}}
                    count: {type: integer}
                    owner: {type: string}
            """;

    @Test
    void everyDriftIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("paint.yaml"), CATALOGUE);

        List<String> found = AsyncApiContract.of(file).disagreements("onestop.paint.v1",
                Map.of("onestop.paint.wall.painted", Painted.class, "onestop.paint.wall.scraped", Painted.class));

        assertThat(found).containsExactlyInAnyOrder(
                "onestop.paint.wall.dried: documented on onestop.paint.v1 but never published",
                "onestop.paint.wall.scraped: published but not documented on onestop.paint.v1",
                "onestop.paint.wall.painted (Painted): properties sent but not documented [at], documented but not sent"
                        + " [owner]",
                "onestop.paint.wall.painted (Painted).id: sent as string (uuid), documented as string",
                "onestop.paint.wall.painted (Painted).colour: sent as string [GREEN, RED], documented as string"
                        + " [BLUE, RED]",
                "onestop.paint.wall.painted (Painted).tags: sent as array of string, documented as array of integer",
                "onestop.paint.wall.painted (Painted): requires owner, which is never sent",
                "onestop.paint.wall.painted (Painted): count is always sent but not required");
    }
}
