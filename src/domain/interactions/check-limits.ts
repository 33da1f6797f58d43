/**
 * How much one combination check takes. Long enough for any drug or brand name and for
 * everything a person could be mixing; the web form and the API both say so when a name
 * or a list is longer, instead of cutting it.
 */
export const maxSubstanceNameLength = 80;
export const maxSubstancesPerCheck = 20;
