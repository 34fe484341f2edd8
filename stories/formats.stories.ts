import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed, withQuote } from './articles.js';

interface Args {
  format: 'square' | 'story' | 'landscape';
  'quote-id': string;
  theme?: string;
  zoom: number;
}

const meta: Meta<Args> = {
  title: 'Sharing/Social formats',
  component: 'quote-card',
  args: { format: 'square', 'quote-id': 'q1', zoom: 0.4 },
  argTypes: {
    format: { control: 'inline-radio', options: ['square', 'story', 'landscape'] },
    'quote-id': { control: 'select', options: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'classic', 'bold'] },
    zoom: { control: { type: 'range', min: 0.2, max: 1, step: 0.05 }, description: 'Zoom of the preview (story only)' },
  },
  parameters: { layout: 'fullscreen' },
  render: ({ format, zoom, theme, ...args }, { globals }) =>
    html`<div style="zoom: ${zoom}">
      <quote-card .article=${seed(globals.lang)} format=${format} quote-id=${args['quote-id']} theme=${ifDefined(theme)}></quote-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** 1080×1080, for feeds. The quote's type is the largest size at which it fits. */
export const Square: Story = {};

/** 1080×1920, for stories and reels. */
export const StoryFormat: Story = { name: 'Story', args: { format: 'story' } };

/** 1200×630, the Open Graph size of link previews. */
export const Landscape: Story = { args: { format: 'landscape', zoom: 0.5 } };

/** The bold theme: a gradient social card. */
export const BoldSquare: Story = { name: 'Square, bold theme', args: { theme: 'bold', 'quote-id': 'q4' } };

const VERY_LONG = Array.from(
  { length: 40 },
  () => 'Setiap penggunaan senjata nuklir di Ukraina secara fundamental akan mengubah sifat konflik.',
).join(' ');

/** Too long for any size: shortened between words with an ellipsis; the whole quote stays for screen readers. */
export const TooLong: Story = {
  name: 'Quote too long for the format',
  render: ({ format, zoom }) =>
    html`<div style="zoom: ${zoom}"><quote-card .article=${withQuote(VERY_LONG)} format=${format}></quote-card></div>`,
};
