package onestop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** The accounts table the sign-in work builds on: one account per email, whatever its case. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class SchemaTest {

    @Inject
    DataSource dataSource;

    @Test
    void anEmailIsStoredOnceAndOnlyInLowerCase() throws SQLException {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        try (Connection connection = dataSource.getConnection()) {
            assertThat(insert(connection, email, "{buyer}", null)).isEqualTo(1);
            assertThatThrownBy(() -> insert(connection, email, "{admin}", null))
                    .hasMessageContaining("user_account_email_unique");
            assertThatThrownBy(() -> insert(connection, email.toUpperCase(), "{buyer}", null))
                    .hasMessageContaining("user_account_email_lower");
        }
    }

    @Test
    void aBusinessAccountNeedsItsBusinessAndRolesAreKnownOnes() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> insert(connection, UUID.randomUUID() + "@example.com", "{business}", null))
                    .hasMessageContaining("user_account_business_has_id");
            assertThatThrownBy(() -> insert(connection, UUID.randomUUID() + "@example.com", "{superuser}", null))
                    .hasMessageContaining("user_account_roles_known");
        }
    }

    private static int insert(Connection connection, String email, String roles, UUID business) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into user_account "
                + "(id, email, password_hash, roles, business_id) values (?, ?, 'not-a-hash', ?::text[], ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, email);
            insert.setString(3, roles);
            insert.setObject(4, business);
            return insert.executeUpdate();
        }
    }
}
