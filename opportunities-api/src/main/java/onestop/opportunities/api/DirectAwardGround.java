package onestop.opportunities.api;

/**
 * The grounds Schedule 5 of the Procurement Act 2023 allows for awarding a contract directly, without competition;
 * a transparency notice (UK5) names the one relied on.
 */
public enum DirectAwardGround {
    /** Research, experiment, study or development: a prototype or novel goods or services. */
    PROTOTYPE_OR_DEVELOPMENT,
    /** Only one supplier can supply: a unique work of art or artistic performance. */
    SINGLE_SUPPLIER_ARTISTIC,
    /** Only one supplier can supply, for technical reasons and with no reasonable alternative. */
    SINGLE_SUPPLIER_TECHNICAL,
    /** Only one supplier can supply, because of exclusive (including intellectual property) rights. */
    SINGLE_SUPPLIER_EXCLUSIVE_RIGHTS,
    /** Additional or repeat goods, services or works from the existing supplier, where a change would harm. */
    ADDITIONAL_OR_REPEAT,
    /** Goods bought on a commodity market. */
    COMMODITY,
    /** Particularly advantageous terms, from a supplier winding up or in administration. */
    ADVANTAGEOUS_TERMS,
    /** Extreme and unavoidable urgency that the buyer did not cause. */
    EXTREME_URGENCY,
    /** To protect life, health or safety, by a Minister's regulations. */
    PROTECTING_LIFE,
    /** User choice: the preferences of the person who receives a social care or similar service. */
    USER_CHOICE
}
