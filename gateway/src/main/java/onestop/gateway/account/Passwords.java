package onestop.gateway.account;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashes, and a check that costs the same whether or not the account exists. */
@ApplicationScoped
public class Passwords {

    private final int cost;
    // made beside the start-up rather than in its way: a bcrypt hash takes a quarter of a second
    private final CompletableFuture<String> dummyHash;

    Passwords(AccountsConfig config) {
        this.cost = config.bcryptCost();
        this.dummyHash = CompletableFuture.supplyAsync(
                () -> BcryptUtil.bcryptHash("not-a-real-password-" + System.nanoTime(), cost));
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException notABcryptHash) {
            return false;
        }
    }

    /** For an unknown email: spends the time a real check would, so timing does not tell who has an account. */
    public void spendCheckTime(String password) {
        BcryptUtil.matches(password == null ? "" : password, dummyHash.join());
    }
}
