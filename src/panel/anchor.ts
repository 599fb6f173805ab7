/**
 * The id of a panel's <figure>, which the page's skip links point to (app/Dashboard.tsx). A module of its own so that
 * the page, drawn before the panels' code arrives, names the anchors without loading the frame.
 */
export const panelAnchor = (id: string) => `panel-${id}`
