import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed } from './articles.js';

interface Args {
  name?: string;
  'speaker-role'?: string;
  org?: string;
  image?: string;
  lang?: string;
}

/** A portrait stand-in: a blue circle with a white head and shoulders, as a data:image URL without spaces. */
const PORTRAIT = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    '<circle cx="32" cy="32" r="32" fill="#0b5cad"/>' +
    '<circle cx="32" cy="25" r="11" fill="#fff"/>' +
    '<path d="M12 56c3-12 11-17 20-17s17 5 20 17z" fill="#fff"/>' +
    '</svg>',
)}`;

/** A badge that stands on its own, from attributes. */
const standalone = (args: Args) =>
  html`<speaker-badge
    name=${ifDefined(args.name)}
    speaker-role=${ifDefined(args['speaker-role'])}
    org=${ifDefined(args.org)}
    image=${ifDefined(args.image)}
    lang=${ifDefined(args.lang)}
  ></speaker-badge>`;

const meta: Meta<Args> = {
  title: 'Components/speaker-badge',
  component: 'speaker-badge',
  args: { name: 'Jens Stoltenberg', 'speaker-role': 'Sekretaris Jenderal', org: 'NATO' },
  argTypes: {
    name: { control: 'text' },
    'speaker-role': { control: 'text' },
    org: { control: 'text' },
    image: { control: 'text', description: 'An http(s) or data:image URL' },
  },
  render: (args) => standalone(args),
};
export default meta;
type Story = StoryObj<Args>;

// A speaker of the seed article by `speaker-id`, in the toolbar's language. The Arabic translation
// is abridged: a speaker it lacks comes from the Indonesian article.
const bySpeakerId = (id: string): Story => ({
  render: (_args, { globals }) => {
    const article = seed(globals.lang);
    return html`<speaker-badge
      .article=${article.speakers.some((speaker) => speaker.id === id) ? article : seed()}
      speaker-id=${id}
    ></speaker-badge>`;
  },
});

export const Stoltenberg: Story = bySpeakerId('stoltenberg');
export const Putin: Story = bySpeakerId('putin');
/** The Arabic translation has no Shoigu: in Arabic this shows the Indonesian article's badge. */
export const Shoigu: Story = bySpeakerId('shoigu');
/** An organisation as speaker: no role or organisation line. */
export const Kremlin: Story = { ...bySpeakerId('kremlin'), name: 'Kremlin · organisation' };

/** On its own, from the `name`, `speaker-role` and `org` attributes (edit them in Controls). */
export const Standalone: Story = {};

export const WithImage: Story = {
  name: 'With an image',
  args: { image: PORTRAIT },
};

/** No image: the initials, on a colour derived from the name. */
export const MissingImage: Story = {
  name: 'Without an image (initials)',
  args: { name: 'Vladimir Putin', 'speaker-role': 'Presiden', org: 'Rusia' },
};

/**
 * An image that fails to load: the initials take its place. (The bytes are not a JPEG; an
 * unreachable http URL fails the same way, but Chromium also logs it as a console error.)
 */
export const FailingImage: Story = {
  name: 'Image that fails to load',
  args: { name: 'Sergei Shoigu', 'speaker-role': 'Menteri Pertahanan', org: 'Rusia', image: 'data:image/jpeg,not-a-jpeg' },
};

/** A name, role and organisation far longer than the space: they wrap, the avatar keeps its size. */
export const VeryLongName: Story = {
  name: 'Very long name',
  args: {
    name: 'Maria Fernanda de los Ángeles Rodríguez-Castellanos Wolfeschlegelsteinhausenbergerdorff',
    'speaker-role': 'Wakil Sekretaris Jenderal untuk Urusan Politik, Keamanan dan Kebijakan Pertahanan',
    org: 'Pakta Pertahanan Atlantik Utara (NATO)',
  },
  render: (args) => html`<div style="max-width: 320px">${standalone(args)}</div>`,
};

export const English: Story = {
  render: () => html`<speaker-badge .article=${seed('en')} speaker-id="stoltenberg"></speaker-badge>`,
};

/** Arabic, in a right-to-left page: the avatar on the right (the badge takes its direction from the page). */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <speaker-badge .article=${seed('ar')} speaker-id="stoltenberg"></speaker-badge>
    </div>`,
};
