package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The contract once entered into, as its contract details notice (UK7) publishes it. */
@Embeddable
public class ContractDetails {

    @Column(name = "contract_signed_on")
    public LocalDate signedOn;
    @Column(name = "contract_start_on")
    public LocalDate startOn;
    @Column(name = "contract_end_on")
    public LocalDate endOn;
    @Column(name = "contract_value_pence")
    public Long valuePence;
    @Column(name = "contract_entered_at")
    public Instant enteredAt;
}
