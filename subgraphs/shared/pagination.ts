// Relay pagination defaults shared by every connection: a page is small by default and capped,
// so no caller can ask a subgraph for an unbounded list.
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
