import type { SiteProfile } from '../types.js';

/**
 * 21st Century Wire: "21st Century Wire says…" credits, "READ MORE … AT" and magazine promo cruft.
 *
 * @group Customise
 */
export const twentyFirstCenturyWire: SiteProfile = {
  id: '21st-century-wire',
  name: '21st Century Wire',
  hosts: ['21stcenturywire.com'],
  fingerprints: [/^21st Century Wire says/m, /^READ MORE [A-Z ]{1,40} AT:?\s{1,3}21st Century Wire\b/m],
  zone: 'America/New_York',
  // "21st Century Wire says…": no other development site prints an "X says…" credit.
  credits: [/^[\p{Lu}\d][^.!?\n]{0,60} says(?:…|\.{3}|:)$/u],
};
