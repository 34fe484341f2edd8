import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed, withQuote } from './articles.js';

interface Args {
  'quote-id'?: string;
  variant: 'default' | 'compact' | 'pull';
  lang?: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/quote-card',
  component: 'quote-card',
  args: { variant: 'default', width: 420 },
  argTypes: {
    'quote-id': { control: 'select', options: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10'] },
    variant: { control: 'inline-radio', options: ['default', 'compact', 'pull'] },
    width: { control: { type: 'range', min: 280, max: 900, step: 10 }, description: 'Width of the container (story only)' },
  },
  render: ({ variant, lang, width, ...args }, { globals }) =>
    html`<div style="width: ${width}px; max-width: 100%">
      <quote-card
        .article=${seed(globals.lang)}
        quote-id=${ifDefined(args['quote-id'])}
        variant=${variant}
        lang=${ifDefined(lang)}
      ></quote-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The first quote of the seed article: Stoltenberg, relayed from NATO's website. */
export const Default: Story = {};

export const Q2Stoltenberg: Story = { name: 'q2 · Stoltenberg', args: { 'quote-id': 'q2' } };
export const Q3Stoltenberg: Story = { name: 'q3 · Stoltenberg', args: { 'quote-id': 'q3' } };
export const Q4Stoltenberg: Story = { name: 'q4 · Stoltenberg', args: { 'quote-id': 'q4' } };
/** A fragment quoted inside a reporting sentence. */
export const Q5Partial: Story = { name: 'q5 · partial quote', args: { 'quote-id': 'q5' } };
export const Q6Stoltenberg: Story = { name: 'q6 · Stoltenberg ("jelasnya")', args: { 'quote-id': 'q6' } };
/** The longest quote of the seed article. */
export const Q7Long: Story = { name: 'q7 · Stoltenberg, long', args: { 'quote-id': 'q7' } };
export const Q8Shoigu: Story = { name: 'q8 · Shoigu, partial', args: { 'quote-id': 'q8' } };
/** An organisation as speaker, relayed through TASS. */
export const Q9Kremlin: Story = { name: 'q9 · Kremlin via TASS', args: { 'quote-id': 'q9' } };
export const Q10Putin: Story = { name: 'q10 · Putin, partial', args: { 'quote-id': 'q10' } };

export const Compact: Story = { args: { variant: 'compact', 'quote-id': 'q9' } };
export const PullQuote: Story = { name: 'Pull quote', args: { variant: 'pull', 'quote-id': 'q4', width: 600 } };
/** 320 px: the container, not the page, sets the type size. */
export const Narrow: Story = { args: { width: 320, 'quote-id': 'q2' } };
export const Wide: Story = { args: { width: 860, 'quote-id': 'q2' } };

const LONG = Array.from(
  { length: 6 },
  () => 'Setiap penggunaan senjata nuklir di Ukraina secara fundamental akan mengubah sifat konflik.',
).join(' ');

export const VeryLongQuote: Story = {
  name: 'Very long quote',
  render: () => html`<quote-card .article=${withQuote(LONG)} style="max-width: 420px"></quote-card>`,
};

export const VeryShortQuote: Story = {
  name: 'Very short quote',
  render: () => html`<quote-card .article=${withQuote('Tidak.')} style="max-width: 420px"></quote-card>`,
};

export const English: Story = {
  render: () => html`<quote-card .article=${seed('en')} quote-id="q6" style="max-width: 420px"></quote-card>`,
};

/** Arabic: right to left, « » marks, the interface in the page's language. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: () => html`<quote-card .article=${seed('ar')} quote-id="q9" style="max-width: 420px"></quote-card>`,
};

/** `lang` on the card sets the interface language: an Indonesian quote, English labels. */
export const InterfaceLanguage: Story = { name: 'Interface in English', args: { lang: 'en', 'quote-id': 'q9' } };
