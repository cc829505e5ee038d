/**
 * Extension point of the family page: other features (money, dossier…) register a
 * section that the page renders, in registration order, after its own.
 *
 *   registerFamilySection({ id: 'money', title: 'Factures et paiements', render: async (familyId) => html });
 *
 * `render` returns an already-escaped HTML fragment (render it with hono/jsx, or escape
 * every value yourself); a section that throws is shown as unavailable, never a 500.
 */
export interface FamilySection {
  id: string;
  title: string;
  render(familyId: string): Promise<string>;
}

/** Sections in the order the family page shows them. */
export class FamilySectionRegistry {
  private readonly sections: FamilySection[] = [];

  /** Adds a section, or replaces the one with the same id (a feature registered twice). */
  register(section: FamilySection): void {
    const index = this.sections.findIndex((s) => s.id === section.id);
    if (index >= 0) this.sections[index] = section;
    else this.sections.push(section);
  }

  list(): readonly FamilySection[] {
    return this.sections;
  }
}

/** The process's registry, read by the family page. */
export const familySections = new FamilySectionRegistry();

export function registerFamilySection(section: FamilySection): void {
  familySections.register(section);
}
