package onestop.licensing.api;

/** The four licensing objectives of the Licensing Act 2003 (s.4): a representation says which it concerns. */
public enum LicensingObjective {
    PREVENTION_OF_CRIME_AND_DISORDER, PUBLIC_SAFETY, PREVENTION_OF_PUBLIC_NUISANCE, PROTECTION_OF_CHILDREN_FROM_HARM
}
