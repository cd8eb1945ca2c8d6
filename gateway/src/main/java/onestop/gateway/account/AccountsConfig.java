package onestop.gateway.account;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Accounts and the staff seeded at start ({@code onestop.gateway.accounts.*}). */
@ConfigMapping(prefix = "onestop.gateway.accounts")
public interface AccountsConfig {

    /** bcrypt cost factor: 12 in production (about a quarter of a second per check), lower in tests. */
    @WithDefault("12")
    int bcryptCost();

    /** Shortest password accepted, in characters. */
    @WithDefault("12")
    int passwordMinLength();

    /** Staff accounts created or updated at start; an unset password means no account. */
    Staff staff();

    interface Staff {

        /** {@code ONESTOP_OFFICER_PASSWORD}: officer@onestop.local, licensing-officer. */
        Optional<String> officerPassword();

        /** {@code ONESTOP_BUYER_PASSWORD}: buyer@onestop.local, buyer for {@link #buyerOrganisation()}. */
        Optional<String> buyerPassword();

        /** {@code ONESTOP_ADMIN_PASSWORD}: admin@onestop.local, admin. */
        Optional<String> adminPassword();

        /** {@code ONESTOP_POLICE_PASSWORD}: police@onestop.local, police (a responsible authority). */
        Optional<String> policePassword();

        /**
         * {@code ONESTOP_ENVIRONMENTAL_HEALTH_PASSWORD}: environmental-health@onestop.local, environmental-health
         * (a responsible authority).
         */
        Optional<String> environmentalHealthPassword();

        @WithDefault("Birmingham City Council")
        String buyerOrganisation();

        /** Local runs only: make up a password for an unset one and log it once, when the account is created. */
        @WithDefault("false")
        boolean generateMissingPasswords();
    }
}
