import type { StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { QUOTE_CARD_FORMATS } from '../src/components/quote-card/quote-card.component.js';
import { QUOTE_CARD_VARIANTS } from '../src/index.js';

interface ManifestItem {
  name: string;
  type?: { text: string };
  kind?: string;
  attribute?: string;
  fieldName?: string;
  description?: string;
}

/**
 * Lists each attribute once: the manifest has a row for the property (`quoteId`) and one for its
 * attribute (`quote-id`), which Autodocs would both show. The attribute row stays, naming its property.
 */
export function attributesOnce(manifest: { modules: { declarations?: unknown[] }[] }): void {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as { members?: ManifestItem[]; attributes?: ManifestItem[] }[]) {
      if (!declaration.members || !declaration.attributes) continue;
      declaration.members = declaration.members.filter((member) => member.kind !== 'field' || !member.attribute);
      for (const attribute of declaration.attributes) {
        if (attribute.fieldName && attribute.fieldName !== attribute.name && attribute.fieldName !== 'langAttribute') {
          attribute.description = `${attribute.description ?? ''} (Property: \`${attribute.fieldName}\`.)`.trim();
        }
        if (attribute.name === 'lang') {
          attribute.description ??= "Language of the interface's words; the article's language when absent.";
          attribute.type ??= { text: 'string | undefined' };
        }
      }
    }
  }
}

/** The choices of the manifest's named types, which it does not spell out. */
const NAMED_TYPES: Record<string, readonly string[]> = {
  QuoteCardVariant: QUOTE_CARD_VARIANTS,
  QuoteCardFormat: QUOTE_CARD_FORMATS,
  TimelineOrder: ['newest', 'oldest'],
};

/** The control a property or attribute of this TypeScript type should get, or none. */
function controlForType(typeText: string): Partial<StrictInputType> {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined');
  const [only] = parts;
  if (parts.length === 1 && only in NAMED_TYPES) return { control: { type: 'select' }, options: [...NAMED_TYPES[only]] };
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))) {
    return { control: { type: 'select' }, options: parts.map((part) => part.slice(1, -1)) };
  }
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(only)) {
    return { type: { name: only as 'string' }, control: { type: only === 'string' ? 'text' : (only as 'number' | 'boolean') } };
  }
  // The article and a speaker are objects, which Storybook edits as JSON; anything else is read-only.
  if (parts.some((part) => part === 'Article' || part === 'Speaker')) return { control: { type: 'object' } };
  return { control: false };
}

/**
 * Gives the rows Autodocs reads from the manifest a control that fits (Storybook would give most of
 * them a "Set object" button): text, number or a choice for attributes and properties, a colour
 * picker for colour tokens (the preview's decorator sets them on the page), none for the other
 * tokens, parts, slots and events. A control a story chose itself stays.
 */
export function fittingControls({ argTypes }: { argTypes: StrictArgTypes }): StrictArgTypes {
  const fitted: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (argType.control !== undefined || !category) {
      fitted[name] = argType;
      continue;
    }
    let control: Partial<StrictInputType>;
    if (category === 'attributes' || category === 'properties') control = controlForType(argType.table?.type?.summary ?? '');
    else if (category === 'css custom properties' && name.includes('color'))
      control = { type: { name: 'string' }, control: { type: 'color' } };
    else control = { control: false };
    fitted[name] = { ...argType, ...control };
  }
  return fitted;
}
