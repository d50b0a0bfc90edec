/** One entry of the shell's side navigation. */
export interface NavItem {
  /** Router link, e.g. `/accounts`. */
  readonly path: string;
  /** Translation key of the label, e.g. `agent.nav.search`. */
  readonly labelKey: string;
}
