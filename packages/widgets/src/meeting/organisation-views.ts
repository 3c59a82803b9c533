/**
 * The store's views of a group that the committee's widgets use, picked by name from
 * `@sajja/store`: the module `loadOrganisationViews` loads by `import()`. In the one-script
 * bundle it is a chunk beside the committee's, holding the roster's code (and the core's
 * pledge and welfare code it needs) that a household's store chunk leaves out.
 */
export { liveOrganisationRoster, organisationRosterMember, rosterTotals } from '@sajja/store';
